import type { DirectoryGraphReadModel, GraphScope } from '../application/ports/directory-graph-read-model';
import { DirectoryGraph, type DirectoryGraphRows } from '../domain';
import type { InMemoryPartnershipRepository } from './in-memory-partnership.repository';
import type { InMemoryPeopleRepository } from './in-memory-people.repository';
import type { InMemoryGroupRepository } from './in-memory-pupil-group.repository';
import type { InMemoryClassRepository } from './in-memory-school-class.repository';
import type { InMemorySchoolRepository } from './in-memory-school.repository';

export interface LiveRepositories {
  classes?: InMemoryClassRepository;
  schools?: InMemorySchoolRepository;
  partnerships?: InMemoryPartnershipRepository;
  groups?: InMemoryGroupRepository;
  /** People, enrolments (of `schoolYearId`), guardianships, staff and directors, instead of the rows'. */
  people?: InMemoryPeopleRepository;
  schoolYearId?: string;
}

/**
 * The graph from fixed rows, with what the in-memory repositories hold now laid over them (as the SQL read model
 * sees the unit of work's changes once flushed). It ignores the scope and answers the whole academy, but records
 * the scopes asked.
 */
export class InMemoryDirectoryGraphReadModel implements DirectoryGraphReadModel {
  readonly asked: GraphScope[] = [];

  constructor(
    readonly rows: DirectoryGraphRows,
    private readonly live: LiveRepositories = {},
  ) {}

  async around(scope: GraphScope): Promise<DirectoryGraph> {
    this.asked.push(scope);
    const { classes, schools, partnerships, groups, people } = this.live;
    const year = this.live.schoolYearId ?? '2026-2027';
    const known = new Set(this.rows.classes.map((c) => c.id));
    // Classes created since (an import's), with no teachers yet.
    const added = [...(classes?.items.values() ?? [])]
      .filter((c) => !known.has(c.id) && c.schoolYearId === year)
      .map((c) => ({
        id: c.id,
        schoolId: c.schoolId,
        name: c.name,
        modules: c.modules,
        settings: c.settings,
        teacherIds: [],
        pupilIds: [],
      }));
    const enrolled = (classId: string) =>
      [...(people?.enrolments.values() ?? [])]
        .filter((e) => e.schoolYearId === year && e.classId === classId)
        .map((e) => e.pupilId);
    return DirectoryGraph.from({
      ...this.rows,
      people: people
        ? [...people.people.values()].map((p) => ({ id: p.id, role: p.role, displayName: p.displayName }))
        : this.rows.people,
      classes: [...this.rows.classes, ...added].map((c) => {
        const now = classes?.items.get(c.id);
        const pupilIds = people ? enrolled(c.id) : c.pupilIds;
        return now
          ? { ...c, name: now.name, modules: { ...now.modules }, settings: { ...now.settings }, pupilIds }
          : { ...c, pupilIds };
      }),
      schools: this.rows.schools.map((s) => {
        const now = schools?.items.get(s.id);
        const directorIds = people
          ? [...people.directorships.values()].filter((d) => d.schoolId === s.id).map((d) => d.personId)
          : s.directorIds;
        return now ? { ...s, name: now.name, switches: { ...now.switches }, directorIds } : { ...s, directorIds };
      }),
      guardianships: people
        ? [...people.guardianships.values()].map((g) => ({ parentId: g.parentId, pupilId: g.pupilId }))
        : this.rows.guardianships,
      schoolStaff: people
        ? [...people.staff.values()].map((s) => ({ schoolId: s.schoolId, personId: s.personId }))
        : this.rows.schoolStaff,
      partnerships: partnerships
        ? [...partnerships.items.values()].map((p) => ({
            requesterClassId: p.requesterClassId,
            partnerClassId: p.partnerClassId,
            status: p.status,
          }))
        : this.rows.partnerships,
      groups: groups
        ? [...groups.items.values()].map((g) => ({
            id: g.id,
            classId: g.classId,
            name: g.name,
            pupilIds: [...g.pupilIds],
          }))
        : this.rows.groups,
    });
  }
}
