import { demoDirectory } from '../../../testing/demo-directory';
import { GetClassHandler } from './get-class.handler';
import { GetClassQuery } from './get-class.query';

describe('GetClassHandler', () => {
  it('shows a pupil the class, with only what they may do while the module is on', async () => {
    const { graphs } = demoDirectory((rows) => (rows.classes[0].modules.homework = false));
    const view = await new GetClassHandler(graphs).execute(new GetClassQuery('lea.ce2a', 'ferry-ce2a'));
    expect(view).toMatchObject({
      id: 'ferry-ce2a',
      name: 'CE2 A',
      schoolId: 'ferry',
      schoolName: 'École élémentaire Jules Ferry',
      modules: { homework: false },
    });
    expect(view.permissions).toContain('blog.write');
    expect(view.permissions).not.toContain('homework.read');
    expect(view.permissions).not.toContain('class.modules.switch');
  });

  it.each([
    ['a parent with no child there', 'parent.nina', 'ferry-ce2a'],
    ['anyone, for a class that does not exist', 'ferry.ce2a.prof', 'nowhere'],
  ])('answers NOT_FOUND to %s', async (_who, actor, classId) => {
    const { graphs } = demoDirectory();
    await expect(new GetClassHandler(graphs).execute(new GetClassQuery(actor, classId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { rule: 'ClassMustBeKnownToCaller' },
    });
  });
});
