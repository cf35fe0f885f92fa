import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MayManageAccountQuery } from '@preau/contracts';
import { mayManageAccount, schoolsAdministeredBy, schoolsOfAccount } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** "May A reset or block B's account?" (the Administration table), and whether A may even know B exists. */
@QueryHandler(MayManageAccountQuery)
export class MayManageAccountHandler
  implements IQueryHandler<MayManageAccountQuery, { known: boolean; allowed: boolean }>
{
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId, targetId }: MayManageAccountQuery): Promise<{ known: boolean; allowed: boolean }> {
    const graph = await graphAroundWithAcademy(this.graphs, actorId, [targetId]);
    const allowed = mayManageAccount(graph, actorId, targetId);
    // Someone who administers no school is refused outright (403); an administrator asking about an
    // account outside their schools may not even know it exists (404).
    const administered = schoolsAdministeredBy(graph, actorId);
    const known =
      allowed || administered.length === 0 || administered.some((s) => schoolsOfAccount(graph, targetId).includes(s));
    return { known, allowed };
  }
}
