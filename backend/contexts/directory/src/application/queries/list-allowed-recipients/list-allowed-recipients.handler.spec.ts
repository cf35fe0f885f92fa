import { ListAllowedRecipientsQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListAllowedRecipientsHandler } from './list-allowed-recipients.handler';

describe('ListAllowedRecipientsHandler', () => {
  it('offers a parent exactly the people they may write to, by name, with where they stand', async () => {
    const { graphs } = demoDirectory();
    expect(
      await new ListAllowedRecipientsHandler(graphs).execute(new ListAllowedRecipientsQuery('parent.lea')),
    ).toEqual([
      {
        id: 'ferry.ce2a.prof',
        displayName: 'Anne Lefèvre',
        role: 'TEACHER',
        context: 'CE2 A',
        classes: [{ id: 'ferry-ce2a', name: 'CE2 A' }],
      },
      {
        id: 'ferry.direction',
        displayName: 'Marc Moreau',
        role: 'SCHOOL_ADMIN',
        context: 'École élémentaire Jules Ferry',
        classes: [],
      },
    ]);
  });

  it('narrows by a search on the name, whatever the case', async () => {
    const { graphs } = demoDirectory();
    const found = await new ListAllowedRecipientsHandler(graphs).execute(
      new ListAllowedRecipientsQuery('parent.lea', ' ANNE '),
    );
    expect(found.map((p) => p.id)).toEqual(['ferry.ce2a.prof']);
  });

  it("never offers someone the rules refuse (Tom may not write to Léa's class)", async () => {
    const { graphs } = demoDirectory();
    const found = await new ListAllowedRecipientsHandler(graphs).execute(new ListAllowedRecipientsQuery('tom.cm2'));
    expect(found.map((p) => p.id)).toEqual(['parent.hugo', 'ferry.cm2.prof']);
  });

  it("reads the whole academy for its administrator (the schools' teams)", async () => {
    const { graphs } = demoDirectory();
    const found = await new ListAllowedRecipientsHandler(graphs).execute(
      new ListAllowedRecipientsQuery('academie.admin'),
    );
    expect(found.map((p) => p.id).sort()).toEqual([
      'curie.ce2.prof',
      'ferry.ce2a.prof',
      'ferry.cm2.prof',
      'ferry.direction',
    ]);
    expect(graphs.asked).toEqual([
      { personIds: ['academie.admin'] },
      { personIds: ['academie.admin'], wholeAcademyOf: 'demo-academy' },
    ]);
  });
});
