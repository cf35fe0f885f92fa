import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ClassAccess, GetClassAccessQuery } from '@preau/contracts';
import { classAccess } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { classAccessView } from '../../views';

/** "What may A do in class C?": the question every other context asks before acting in a class. */
@QueryHandler(GetClassAccessQuery)
export class GetClassAccessHandler implements IQueryHandler<GetClassAccessQuery, ClassAccess> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ personId, classId }: GetClassAccessQuery): Promise<ClassAccess> {
    const graph = await this.graphs.around({ personIds: [personId], classIds: [classId] });
    return classAccessView(graph, classId, classAccess(graph, personId, classId));
  }
}
