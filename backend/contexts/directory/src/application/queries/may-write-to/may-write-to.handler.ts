import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MayWriteToQuery } from '@preau/contracts';
import { mayWrite } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** "May A write to B?" (the communication rules of docs/product/access-rules.md). */
@QueryHandler(MayWriteToQuery)
export class MayWriteToHandler implements IQueryHandler<MayWriteToQuery, { allowed: boolean }> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ senderId, recipientId }: MayWriteToQuery): Promise<{ allowed: boolean }> {
    const graph = await this.graphs.around({ personIds: [senderId, recipientId] });
    return { allowed: mayWrite(graph, senderId, recipientId) };
  }
}
