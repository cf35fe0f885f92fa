import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdministeredPerson, ErrorCodes, ListAdministeredPeopleQuery } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { schoolsAdministeredBy } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/**
 * Everyone an administrator manages (decision 0010: the console's people list, which the administration context
 * pages with identity's accounts): the pupils, their parents, the teachers (with or without classes) and the
 * directors of the schools the actor runs, or of one of them. Classes and children are those of these schools only;
 * `schoolIds` says which of these schools each person belongs to, and each child carries its class's id (the console
 * prints a pupil's card and a family's letter per class and school).
 * With a class: the people of that class only (the console's class page) — its pupils, its teachers, and the parents
 * of its pupils (whose family letters are printed per class); a director of the school is not listed unless they
 * teach it. Their classes and children are still those of all the schools listed.
 * 403 for whoever runs no school; 404 for a school the actor does not run, or a class outside the schools listed.
 */
@QueryHandler(ListAdministeredPeopleQuery)
export class ListAdministeredPeopleHandler implements IQueryHandler<ListAdministeredPeopleQuery, AdministeredPerson[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId, schoolId, classId = null }: ListAdministeredPeopleQuery): Promise<AdministeredPerson[]> {
    const graph = await graphAroundWithAcademy(this.graphs, actorId, []);
    const administered = schoolsAdministeredBy(graph, actorId);
    if (administered.length === 0)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only school and academy administrators manage people.');
    if (schoolId !== null && !administered.includes(schoolId))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.', { schoolId });
    const schools = schoolId === null ? administered : [schoolId];

    const classesHere = new Set(schools.flatMap((s) => graph.classesOfSchool(s)));
    const className = (id: Id) => graph.class(id)?.name ?? '';
    const classes = (ids: readonly Id[]) =>
      ids
        .filter((c) => classesHere.has(c))
        .map((id) => ({ id, name: className(id) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

    if (classId !== null && !classesHere.has(classId))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.', { classId });

    /** Who belongs to each school listed, to say which schools a person belongs to. */
    const members = new Map(
      schools.map(
        (s) =>
          [s, new Set([...graph.pupilsOfSchool(s), ...graph.parentsOfSchool(s), ...graph.staffOfSchool(s)])] as const,
      ),
    );
    const schoolsOf = (id: Id) => schools.filter((s) => members.get(s)?.has(id));

    const pupils = new Set(schools.flatMap((s) => graph.pupilsOfSchool(s)));
    const ids =
      classId === null
        ? new Set<Id>([
            ...pupils,
            ...schools.flatMap((s) => graph.parentsOfSchool(s)),
            ...schools.flatMap((s) => graph.staffOfSchool(s)),
          ])
        : new Set<Id>([...graph.pupilsOf(classId), ...graph.teachersOf(classId), ...graph.familyOf(classId)]);
    const people: AdministeredPerson[] = [];
    for (const id of ids) {
      const role = graph.roleOf(id);
      if (!role) continue;
      const schoolIds = schoolsOf(id);
      if (role === 'PUPIL') people.push({ id, role, classes: classes(graph.classesOfPupil(id)), schoolIds });
      else if (role === 'PARENT') {
        const children = graph
          .childrenOf(id)
          .filter((c) => pupils.has(c))
          .map((c) => {
            const own = graph.classesOfPupil(c).filter((k) => classesHere.has(k));
            return {
              id: c,
              displayName: graph.person(c)?.displayName ?? '',
              className: own.length ? className(own[0]) : null,
              classId: own.length ? own[0] : null,
            };
          })
          .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
        people.push({ id, role, classes: [], schoolIds, children });
      } else people.push({ id, role, classes: classes(graph.classesTaughtBy(id)), schoolIds });
    }
    const name = (id: Id) => graph.person(id)?.displayName ?? '';
    return people.sort((a, b) => name(a.id).localeCompare(name(b.id), 'fr') || a.id.localeCompare(b.id));
  }
}
