import { type AccountAct, ErrorCodes, MayManageAccountsQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { Bus } from '@preau/platform';

/**
 * Who may act on which account is the directory's administration policy (docs/product/access-rules.md,
 * Administration). The whole batch is refused if one account is: 404 when the actor may not even know one of them,
 * else 403.
 */
export async function assertMayManage(bus: Bus, actorId: string, ids: string[], act: AccountAct): Promise<void> {
  const decision = await bus.query(new MayManageAccountsQuery(actorId, [...new Set(ids)], act));
  if (decision.unknown.length > 0) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
  if (decision.refused.length > 0)
    throw new DomainError(ErrorCodes.FORBIDDEN, 'You may not manage these accounts.', {
      rule: 'AccountMustBeManageableByActor',
      refused: decision.refused,
    });
}
