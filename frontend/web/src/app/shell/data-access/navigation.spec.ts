import type { MeResponse } from '@preau/contracts';
import { navigationFor } from './navigation';

const base: Omit<MeResponse, 'role'> = {
  id: 'u',
  login: 'x',
  displayName: 'X',
  schools: [],
  classes: [],
  children: [],
  csrfToken: 't',
};
const links = (me: MeResponse) => navigationFor(me).flatMap((s) => s.items.map((i) => i.link));

describe('navigationFor', () => {
  it('gives a pupil home, their class and their media library', () => {
    const me: MeResponse = { ...base, role: 'PUPIL', classes: [{ id: 'c1', name: 'CE2 A', schoolId: 's1' }] };
    expect(links(me)).toEqual(['/', '/classes/c1', '/messaging', '/media']);
    expect(navigationFor(me)[0].items[1].params).toEqual({ name: 'CE2 A' });
  });

  it("gives a parent each child's class, skipping a child with no class", () => {
    const me: MeResponse = {
      ...base,
      role: 'PARENT',
      children: [
        { id: 'h', displayName: 'Hugo Bernard', classId: 'c1', className: 'CE2 A' },
        { id: 't', displayName: 'Tom Bernard', classId: 'c2', className: 'CM2' },
        { id: 'z', displayName: 'Zoé Bernard', classId: null, className: null },
      ],
    };
    expect(links(me)).toEqual(['/', '/messaging', '/media', '/classes/c1', '/classes/c2']);
    expect(navigationFor(me)[1].items.map((i) => i.params)).toEqual([
      { child: 'Hugo Bernard', className: 'CE2 A' },
      { child: 'Tom Bernard', className: 'CM2' },
    ]);
  });

  it('gives a teacher their media library, each class and its settings', () => {
    const me: MeResponse = {
      ...base,
      role: 'TEACHER',
      classes: [
        { id: 'c1', name: 'CE2 A', schoolId: 's1' },
        { id: 'c2', name: 'CM2', schoolId: 's1' },
      ],
    };
    expect(links(me)).toEqual([
      '/',
      '/messaging',
      '/media',
      '/classes/c1',
      '/classes/c1/settings',
      '/classes/c1/messaging/moderation',
      '/classes/c2',
      '/classes/c2/settings',
      '/classes/c2/messaging/moderation',
    ]);
    expect(navigationFor(me)[1].items[2].badge).toEqual({ kind: 'held', classId: 'c1' });
  });

  it('gives a school admin their schools, their people, the messaging and no class', () => {
    const me: MeResponse = { ...base, role: 'SCHOOL_ADMIN', schools: [{ id: 's1', name: 'Jules Ferry' }] };
    expect(links(me)).toEqual(['/', '/messaging', '/admin/schools', '/admin/people', '/admin/schools/s1']);
  });

  it('gives an academy admin their schools, their people and no messaging: they never read conversations', () => {
    const me: MeResponse = { ...base, role: 'ACADEMY_ADMIN', schools: [{ id: 's1', name: 'Jules Ferry' }] };
    expect(links(me)).toEqual(['/', '/admin/schools', '/admin/people', '/admin/schools/s1']);
  });

  it('puts the unread count on the messaging entry of every other role', () => {
    for (const role of ['PUPIL', 'PARENT', 'TEACHER', 'SCHOOL_ADMIN'] as const) {
      const entry = navigationFor({ ...base, role }).flatMap((s) => s.items).find((i) => i.link === '/messaging');
      expect(entry).toMatchObject({ label: 'nav.messaging', badge: { kind: 'unread' } });
    }
  });

  it('never shows administration to pupils, parents or teachers', () => {
    for (const role of ['PUPIL', 'PARENT', 'TEACHER'] as const) {
      expect(links({ ...base, role, schools: [{ id: 's1', name: 'Jules Ferry' }] }).some((l) => l.startsWith('/admin'))).toBe(false);
    }
  });
});
