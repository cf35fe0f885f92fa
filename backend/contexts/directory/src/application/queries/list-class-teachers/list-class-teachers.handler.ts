import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListClassTeachersQuery } from '@preau/contracts';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** The teachers of a class now: whom a change of its held queue concerns, whoever the pupil's class is today. */
@QueryHandler(ListClassTeachersQuery)
export class ListClassTeachersHandler implements IQueryHandler<ListClassTeachersQuery, string[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ classId }: ListClassTeachersQuery): Promise<string[]> {
    const graph = await this.graphs.around({ personIds: [], classIds: [classId] });
    return graph.class(classId) ? [...graph.teachersOf(classId)] : [];
  }
}
