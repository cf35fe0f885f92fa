import { demoDirectory } from '../../../testing/demo-directory';
import { GetClassMembersHandler } from './get-class-members.handler';
import { GetClassMembersQuery } from './get-class-members.query';

describe('GetClassMembersHandler', () => {
  const handler = () => new GetClassMembersHandler(demoDirectory().graphs);

  it("shows the class's teacher its pupils, teachers and parents (with their children there), by name", async () => {
    const view = await handler().execute(new GetClassMembersQuery('ferry.ce2a.prof', 'ferry-ce2a'));
    expect(view.pupils.map((p) => p.displayName)).toEqual(['Hugo Bernard', 'Inès Petit', 'Léa Martin']);
    expect(view.teachers).toEqual([{ id: 'ferry.ce2a.prof', displayName: 'Anne Lefèvre', role: 'TEACHER' }]);
    // Karim Bernard also has Tom in CM2: only the children in this class are listed.
    expect(view.parents).toEqual([
      { id: 'parent.hugo', displayName: 'Karim Bernard', role: 'PARENT', childIds: ['hugo.ce2a'] },
      { id: 'parent.lea', displayName: 'Sophie Martin', role: 'PARENT', childIds: ['lea.ce2a'] },
    ]);
  });

  it('shows a pupil the pupils and teachers, never the parents', async () => {
    const view = await handler().execute(new GetClassMembersQuery('lea.ce2a', 'ferry-ce2a'));
    expect(view.pupils).toHaveLength(3);
    expect(view).not.toHaveProperty('parents');
  });

  it('answers NOT_FOUND to someone the class is unknown to', async () => {
    await expect(handler().execute(new GetClassMembersQuery('parent.nina', 'ferry-ce2a'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { rule: 'ClassMustBeKnownToCaller' },
    });
  });
});
