import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListClassPupilsQuery } from '@preau/contracts';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** The pupils of a class now: whose cards a teacher reprints (the caller decides who may; identity checks again). */
@QueryHandler(ListClassPupilsQuery)
export class ListClassPupilsHandler implements IQueryHandler<ListClassPupilsQuery, string[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ classId }: ListClassPupilsQuery): Promise<string[]> {
    const graph = await this.graphs.around({ personIds: [], classIds: [classId] });
    return graph.class(classId) ? [...graph.pupilsOf(classId)] : [];
  }
}
