import type { DirectoryGraphReadModel, GraphScope } from '../application/ports/directory-graph-read-model';
import { DirectoryGraph, type DirectoryGraphRows } from '../domain';
import type { InMemoryEnrolmentRepository } from './in-memory-enrolment.repository';
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
  enrolments?: InMemoryEnrolmentRepository;
  /** People, guardianships and school staff, instead of the rows'. */
  people?: InMemoryPeopleRepository;
}

/** The current school year of the demo: classes of other years are not in the graph. */
const CURRENT_YEAR = '2026-2027';

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
    const { classes, schools, partnerships, groups, enrolments, people } = this.live;
    // Schools and classes created since (and their directors, teachers and pupils) join the rows.
    const newSchools = [...(schools?.items.values() ?? [])].filter((s) => !this.rows.schools.some((r) => r.id === s.id));
    const newClasses = [...(classes?.items.values() ?? [])].filter(
      (c) => c.schoolYearId === CURRENT_YEAR && !this.rows.classes.some((r) => r.id === c.id),
    );
    return DirectoryGraph.from({
      ...this.rows,
      classes: [
        ...this.rows.classes.map((c) => {
          const now = classes?.items.get(c.id);
          return now
            ? { ...c, name: now.name, modules: { ...now.modules }, settings: { ...now.settings }, teacherIds: [...now.teacherIds] }
            : c;
        }),
        ...newClasses.map((c) => ({ id: c.id, schoolId: c.schoolId, name: c.name, modules: { ...c.modules }, settings: { ...c.settings }, teacherIds: [...c.teacherIds], pupilIds: [] })),
      ].map((c) => (enrolments ? { ...c, pupilIds: enrolments.pupilsOf(c.id) } : c)),
      schools: [
        ...this.rows.schools.map((s) => {
          const now = schools?.items.get(s.id);
          return now ? { ...s, name: now.name, switches: { ...now.switches }, directorIds: [...now.directorIds] } : s;
        }),
        ...newSchools.map((s) => ({ id: s.id, academyId: s.academyId, name: s.name, switches: { ...s.switches }, directorIds: [...s.directorIds] })),
      ],
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
      people: people
        ? [...people.people.values()].map((p) => ({ id: p.id, role: p.role, displayName: p.displayName }))
        : this.rows.people,
      guardianships: people
        ? [...people.guardianships.values()].map((g) => ({ parentId: g.parentId, pupilId: g.pupilId }))
        : this.rows.guardianships,
      schoolStaff: people
        ? [...people.staff.values()].map((s) => ({ schoolId: s.schoolId, personId: s.personId }))
        : this.rows.schoolStaff,
    });
  }
}
