import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdminClassView, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { adminClassView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { ListSchoolClassesQuery } from './list-school-classes.query';

/** The classes of a school this year, for those who run it (admin console), with levels and teachers. */
@QueryHandler(ListSchoolClassesQuery)
export class ListSchoolClassesHandler implements IQueryHandler<ListSchoolClassesQuery, AdminClassView[]> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
  ) {}

  async execute({ actorId, schoolId }: ListSchoolClassesQuery): Promise<AdminClassView[]> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    if (!graph.school(schoolId)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    checkSchoolInReach(graph, actorId, schoolId, 'structure.manage');
    const classes = await this.classes.byIds([...graph.classesOfSchool(schoolId)]);
    return classes.map((klass) => adminClassView(graph, klass)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
