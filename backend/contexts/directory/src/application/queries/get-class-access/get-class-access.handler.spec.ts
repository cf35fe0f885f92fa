import { GetClassAccessQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { GetClassAccessHandler } from './get-class-access.handler';

describe('GetClassAccessHandler', () => {
  it('answers what a teacher may do in the class, with its school, modules and settings', async () => {
    const { graphs } = demoDirectory();
    const access = await new GetClassAccessHandler(graphs).execute(
      new GetClassAccessQuery('ferry.ce2a.prof', 'ferry-ce2a'),
    );
    expect(access).toMatchObject({
      classId: 'ferry-ce2a',
      schoolId: 'ferry',
      known: true,
      relations: ['teacher'],
      modules: { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true },
      settings: { commentModeration: 'held', holdPupilMessages: true, shareBlogWithPartners: false },
    });
    expect(access.allowed).toEqual(expect.arrayContaining(['blog.moderate', 'class.modules.switch']));
  });

  it('reports a module switched off for the school as off in the class', async () => {
    const { graphs } = demoDirectory((rows) => (rows.schools[0].switches = { blog: false }));
    const access = await new GetClassAccessHandler(graphs).execute(new GetClassAccessQuery('lea.ce2a', 'ferry-ce2a'));
    expect(access.modules.blog).toBe(false);
    expect(access.allowed).toContain('blog.read');
  });

  it('tells a stranger nothing: unknown, no action, no settings, every module off', async () => {
    const { graphs } = demoDirectory();
    const access = await new GetClassAccessHandler(graphs).execute(
      new GetClassAccessQuery('parent.nina', 'ferry-ce2a'),
    );
    expect(access).toMatchObject({ classId: 'ferry-ce2a', known: false, allowed: [], settings: null });
  });

  it('answers a class that does not exist as unknown', async () => {
    const { graphs } = demoDirectory();
    const access = await new GetClassAccessHandler(graphs).execute(
      new GetClassAccessQuery('ferry.ce2a.prof', 'nowhere'),
    );
    expect(access).toEqual({
      classId: 'nowhere',
      schoolId: null,
      known: false,
      relations: expect.any(Array),
      modules: { blog: false, messaging: false, media: false, homework: false, liaison: false, calendar: false },
      allowed: [],
      settings: null,
    });
  });
});
