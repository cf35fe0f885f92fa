import { MayManageAccountQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { MayManageAccountHandler } from './may-manage-account.handler';

describe('MayManageAccountHandler', () => {
  const ask = (actor: string, target: string) =>
    new MayManageAccountHandler(demoDirectory().graphs).execute(new MayManageAccountQuery(actor, target));

  it.each([
    ['a director, a pupil of their school', 'ferry.direction', 'lea.ce2a'],
    ['a director, a parent of their school', 'ferry.direction', 'parent.hugo'],
    ["the academy's administrator, a director", 'academie.admin', 'ferry.direction'],
  ])('lets %s', async (_who, actor, target) => {
    expect(await ask(actor, target)).toEqual({ known: true, allowed: true });
  });

  it.each([
    ['a director, themselves (403)', 'ferry.direction', 'ferry.direction', { known: true, allowed: false }],
    ['a teacher, who administers nothing (403)', 'ferry.ce2a.prof', 'lea.ce2a', { known: true, allowed: false }],
    [
      'a director, a pupil of another school (404: not even known)',
      'ferry.direction',
      'nina.curie',
      { known: false, allowed: false },
    ],
    [
      "a director, the academy's administrator (404)",
      'ferry.direction',
      'academie.admin',
      { known: false, allowed: false },
    ],
  ])('refuses %s', async (_who, actor, target, answer) => {
    expect(await ask(actor, target)).toEqual(answer);
  });
});
