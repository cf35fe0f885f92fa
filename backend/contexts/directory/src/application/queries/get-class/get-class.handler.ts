import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ClassView } from '@preau/contracts';
import { checkClassAction } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { classView } from '../../views';
import { GetClassQuery } from './get-class.query';

@QueryHandler(GetClassQuery)
export class GetClassHandler implements IQueryHandler<GetClassQuery, ClassView> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId, classId }: GetClassQuery): Promise<ClassView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    return classView(graph, classId, checkClassAction(graph, actorId, classId, 'class.read'));
  }
}
