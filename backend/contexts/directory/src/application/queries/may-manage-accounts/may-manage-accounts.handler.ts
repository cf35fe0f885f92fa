import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MayManageAccountsQuery } from '@preau/contracts';
import { mayDoAccountAct, mayKnowAccount } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/**
 * "May A do this act on each of these accounts?" in one go (a class's login sheets, a family's letters), by the
 * Administration table (docs/product/access-rules.md): `refused` lists every id A may not act on; `unknown`, those
 * of them A may not even know exist (404 rather than 403 for a single account). Ids appear once, in the order asked.
 */
@QueryHandler(MayManageAccountsQuery)
export class MayManageAccountsHandler
  implements IQueryHandler<MayManageAccountsQuery, { refused: string[]; unknown: string[] }>
{
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({
    actorId,
    targetIds,
    act,
  }: MayManageAccountsQuery): Promise<{ refused: string[]; unknown: string[] }> {
    const ids = [...new Set(targetIds)];
    const graph = await graphAroundWithAcademy(this.graphs, actorId, ids);
    const refused = ids.filter((id) => !mayDoAccountAct(graph, actorId, id, act));
    return { refused, unknown: refused.filter((id) => !mayKnowAccount(graph, actorId, id)) };
  }
}
