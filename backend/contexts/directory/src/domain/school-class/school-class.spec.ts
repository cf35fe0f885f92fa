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
