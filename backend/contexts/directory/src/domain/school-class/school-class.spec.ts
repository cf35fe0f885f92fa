import type { SchoolLevel } from '@preau/contracts';
import { brokenRule } from '@preau/kernel';
import { ALL_MODULES_ON, DEFAULT_SETTINGS, SchoolClass } from './school-class';

describe('SchoolClass', () => {
  const klass = () => new SchoolClass('c', 's', '2026-2027', 'CE2 A', { ...ALL_MODULES_ON }, { ...DEFAULT_SETTINGS });

  it('switches modules and says what changed', () => {
    const c = klass();
    expect(c.switchModules({ blog: false, media: true })).toEqual({ blog: false });
    expect(c.modules.blog).toBe(false);
    expect(c.modules.media).toBe(true);
  });

  it('changes settings and says what changed', () => {
    const c = klass();
    expect(c.changeSettings({ commentModeration: 'off', holdPupilMessages: false })).toEqual({
      commentModeration: 'off',
    });
    expect(c.settings.commentModeration).toBe('off');
  });
});

describe('SchoolClass levels and teachers', () => {
  const create = (levels: SchoolLevel[]) =>
    SchoolClass.create({
      id: 'c',
      schoolId: 's',
      schoolYearId: '2026-2027',
      name: ' CE2/CM1 ',
      levels,
      teacherIds: ['t', 't'],
    });

  it('is created with every module on, the default settings, its levels in school order and each teacher once', () => {
    const c = create(['CM1', 'CE2']);
    expect([c.name, c.levels, c.teacherIds, c.modules, c.settings]).toEqual([
      'CE2/CM1',
      ['CE2', 'CM1'],
      ['t'],
      ALL_MODULES_ON,
      DEFAULT_SETTINGS,
    ]);
  });

  it.each([
    ['no level', []],
    ['three levels', ['CE1', 'CE2', 'CM1']],
    ['a level twice', ['CE2', 'CE2']],
    ['an unknown level', ['6E']],
  ])('refuses %s (AClassHasOneOrTwoLevels)', (_what, levels) => {
    expect(brokenRule(() => create(levels as SchoolLevel[]))).toBe('AClassHasOneOrTwoLevels');
  });

  it('refuses a blank name (AClassHasAName)', () => {
    expect(brokenRule(() => create(['CP']).rename('  '))).toBe('AClassHasAName');
  });
});
