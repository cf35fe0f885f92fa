import { type AccountAct, MayManageAccountsQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { MayManageAccountsHandler } from './may-manage-accounts.handler';

describe('MayManageAccountsHandler', () => {
  const ask = (actor: string, targets: string[], act: AccountAct) =>
    new MayManageAccountsHandler(demoDirectory().graphs).execute(new MayManageAccountsQuery(actor, targets, act));

  it("lets a director act on their school's accounts, refusing the others (and hiding those of other schools)", async () => {
    expect(
      await ask(
        'ferry.direction',
        ['lea.ce2a', 'parent.hugo', 'ferry.cm2.prof', 'nina.curie', 'ferry.direction', 'academie.admin'],
        'block',
      ),
    ).toEqual({
      refused: ['nina.curie', 'ferry.direction', 'academie.admin'],
      unknown: ['nina.curie', 'academie.admin'],
    });
  });

  it.each<[AccountAct, string[]]>([
    ['reset-password', []],
    ['reissue-card', []],
    ['block', ['lea.ce2a', 'hugo.ce2a']],
    ['print', []],
  ])("a teacher, on the pupils of their class, for '%s': refused %j", async (act, refused) => {
    expect(await ask('ferry.ce2a.prof', ['lea.ce2a', 'hugo.ce2a'], act)).toEqual({ refused, unknown: [] });
  });

  it.each<AccountAct>(['reset-password', 'print'])(
    "refuses a teacher another class's pupil and a parent for '%s' (403: a teacher administers no school)",
    async (act) => {
      expect(await ask('ferry.ce2a.prof', ['tom.cm2', 'parent.lea', 'nina.curie'], act)).toEqual({
        refused: ['tom.cm2', 'parent.lea', 'nina.curie'],
        unknown: [],
      });
    },
  );

  it("lets the academy's administrator print for the whole academy, and hides what does not exist", async () => {
    expect(
      await ask('academie.admin', ['lea.ce2a', 'nina.curie', 'parent.nina', 'ghost', 'lea.ce2a'], 'print'),
    ).toEqual({
      refused: ['ghost'],
      unknown: ['ghost'],
    });
  });

  it('refuses a parent everything, without hiding anything (403)', async () => {
    expect(await ask('parent.lea', ['lea.ce2a'], 'reissue-card')).toEqual({ refused: ['lea.ce2a'], unknown: [] });
  });
});
