import type { ClassAction, ClassView, ModuleName } from '@preau/contracts';
import { moduleTiles } from './module-tiles';

const memberActions: ClassAction[] = [
  'class.read',
  'blog.read',
  'messaging.use',
  'media.class.read',
  'homework.read',
  'liaison.read',
  'calendar.read',
];
const view = (over: Partial<ClassView> = {}): ClassView => ({
  id: 'c1',
  name: 'CE2 A',
  schoolId: 's1',
  schoolName: 'Jules Ferry',
  modules: { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true },
  schoolSwitches: {},
  settings: { commentModeration: 'held', holdPupilMessages: true, shareBlogWithPartners: false },
  permissions: memberActions,
  ...over,
});
const asTeacher = (v: ClassView): ClassView => ({ ...v, permissions: [...v.permissions, 'class.modules.switch'] });
const states = (tiles: ReturnType<typeof moduleTiles>) => Object.fromEntries(tiles.map((t) => [t.module, t.state]));

describe('moduleTiles', () => {
  it('shows every module switched on, as "coming soon" while its pages are not built, never as a link', () => {
    const tiles = moduleTiles(view(), new Set<ModuleName>());
    expect(tiles.map((t) => t.module)).toEqual(['blog', 'messaging', 'media', 'homework', 'liaison', 'calendar']);
    expect(tiles.every((t) => t.state === 'coming-soon' && t.link === null)).toBe(true);
  });

  it('links the blog, messaging and media tiles to their pages, the modules built so far', () => {
    const tiles = moduleTiles(view());
    expect(tiles.find((t) => t.module === 'media')).toEqual({
      module: 'media',
      icon: 'photo_library',
      state: 'open',
      link: '/classes/c1/media',
    });
    expect(tiles.find((t) => t.module === 'blog')).toEqual({
      module: 'blog',
      icon: 'article',
      state: 'open',
      link: '/classes/c1/blog',
    });
    expect(tiles.find((t) => t.module === 'messaging')).toMatchObject({ state: 'open', link: '/classes/c1/messaging' });
    expect(
      tiles.filter((t) => !['media', 'blog', 'messaging'].includes(t.module)).every((t) => t.state === 'coming-soon'),
    ).toBe(true);
  });

  it('does not link the media tile when the module is off', () => {
    const tiles = moduleTiles(asTeacher(view({ modules: { ...view().modules, media: false } })));
    expect(tiles.find((t) => t.module === 'media')).toMatchObject({ state: 'off-class', link: null });
  });

  it('links a module once its pages exist', () => {
    const tiles = moduleTiles(view(), new Set<ModuleName>(['blog']));
    expect(tiles[0]).toEqual({ module: 'blog', icon: 'article', state: 'open', link: '/classes/c1/blog' });
    expect(tiles[1].link).toBeNull();
  });

  it('hides a module switched off for the class from pupils and parents', () => {
    const tiles = moduleTiles(view({ modules: { ...view().modules, blog: false } }));
    expect(tiles.map((t) => t.module)).not.toContain('blog');
    expect(tiles).toHaveLength(5);
  });

  it('hides a module switched off by the school, even if the class has it on', () => {
    const tiles = moduleTiles(view({ schoolSwitches: { messaging: false } }));
    expect(tiles.map((t) => t.module)).not.toContain('messaging');
  });

  it('shows a teacher the modules that are off, and why', () => {
    const tiles = moduleTiles(
      asTeacher(view({ modules: { ...view().modules, blog: false }, schoolSwitches: { messaging: false } })),
    );
    expect(states(tiles)).toMatchObject({
      blog: 'off-class',
      messaging: 'off-school',
      media: 'open',
      homework: 'coming-soon',
    });
    expect(tiles.filter((t) => t.state.startsWith('off')).every((t) => t.link === null)).toBe(true);
  });

  it('reads a school switch set to true as "not switched off"', () => {
    expect(states(moduleTiles(view({ schoolSwitches: { messaging: true } })))['messaging']).toBe('open');
  });

  it('does not offer a module the caller may not use', () => {
    const tiles = moduleTiles(view({ permissions: ['class.read', 'blog.read'] }));
    expect(tiles.map((t) => t.module)).toEqual(['blog']);
  });
});
