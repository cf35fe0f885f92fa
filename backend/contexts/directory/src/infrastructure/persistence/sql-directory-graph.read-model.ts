import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { ClassSettings, ModuleName, Role } from '@preau/contracts';
import { sqlBatch } from '@preau/platform';
import type { DirectoryGraphReadModel, GraphScope } from '../../application/ports/directory-graph-read-model';
import { DirectoryGraph } from '../../domain';

/**
 * Loads the graph around some people and classes with a handful of indexed queries:
 * the schools they stand in (as pupil, teacher, staff, parent, director), the schools of the classes asked
 * about, and the schools of their partner classes. Current school year only.
 */
@Injectable()
export class SqlDirectoryGraphReadModel implements DirectoryGraphReadModel {
  private readonly logger = new Logger('DirectoryGraph');

  constructor(private readonly em: EntityManager) {}

  /** Inside a unit of work, pending changes are flushed first so the SQL sees them; all statements share one connection. */
  around(scope: GraphScope): Promise<DirectoryGraph> {
    return sqlBatch(this.em, (q) => this.load(scope, q));
  }

  private async load(
    scope: GraphScope,
    q: <T>(text: string, params?: unknown[]) => Promise<T[]>,
  ): Promise<DirectoryGraph> {
    const people = scope.personIds.filter(isUuid);
    const classIds = (scope.classIds ?? []).filter(isUuid);
    const givenSchools = (scope.schoolIds ?? []).filter(isUuid);

    const schoolRows = await q<{ id: string }>(
      `with year as (select id from directory.school_year where current),
       own_classes as (
         select c.id from directory.class c join directory.class_teacher t on t.class_id = c.id where t.person_id = any(?::uuid[]) and c.school_year_id in (select id from year)
         union select e.class_id from directory.enrolment e where e.pupil_id = any(?::uuid[]) and e.school_year_id in (select id from year)
         union select e.class_id from directory.enrolment e join directory.guardianship g on g.pupil_id = e.pupil_id where g.parent_id = any(?::uuid[]) and e.school_year_id in (select id from year)
         union select c.id from directory.class c where c.id = any(?::uuid[])
       ),
       with_partners as (
         select id from own_classes
         union select case when p.requester_class_id = o.id then p.partner_class_id else p.requester_class_id end
         from directory.partnership p join own_classes o on o.id in (p.requester_class_id, p.partner_class_id) where p.status = 'active'
       )
       select distinct c.school_id as id from directory.class c where c.id in (select id from with_partners)
       union select d.school_id from directory.school_director d where d.person_id = any(?::uuid[])
       union select st.school_id from directory.school_staff st where st.person_id = any(?::uuid[])
       union select s.id from directory.school s where s.id = any(?::uuid[]) or s.academy_id = ?::uuid`,
      [
        people,
        people,
        people,
        classIds,
        people,
        people,
        givenSchools,
        isUuid(scope.wholeAcademyOf) ? scope.wholeAcademyOf : null,
      ],
    );
    const schoolIds = schoolRows.map((r) => r.id);

    const [schools, classes, teachers, pupils, directors, staff] = await Promise.all([
      q<{ id: string; academy_id: string; name: string; switches: Partial<Record<ModuleName, boolean>> }>(
        `select id, academy_id, name, switches from directory.school where id = any(?::uuid[])`,
        [schoolIds],
      ),
      q<{ id: string; school_id: string; name: string; modules: Record<ModuleName, boolean>; settings: ClassSettings }>(
        `select c.id, c.school_id, c.name, c.modules, c.settings from directory.class c join directory.school_year y on y.id = c.school_year_id and y.current where c.school_id = any(?::uuid[])`,
        [schoolIds],
      ),
      q<{ class_id: string; person_id: string }>(
        `select t.class_id, t.person_id from directory.class_teacher t join directory.class c on c.id = t.class_id where c.school_id = any(?::uuid[])`,
        [schoolIds],
      ),
      q<{ class_id: string; pupil_id: string }>(
        `select e.class_id, e.pupil_id from directory.enrolment e join directory.class c on c.id = e.class_id join directory.school_year y on y.id = e.school_year_id and y.current where c.school_id = any(?::uuid[])`,
        [schoolIds],
      ),
      q<{ school_id: string; person_id: string }>(
        `select school_id, person_id from directory.school_director where school_id = any(?::uuid[])`,
        [schoolIds],
      ),
      q<{ school_id: string; person_id: string }>(
        `select school_id, person_id from directory.school_staff where school_id = any(?::uuid[])`,
        [schoolIds],
      ),
    ]);
    const academyIds = [...new Set(schools.map((s) => s.academy_id))];
    const pupilIds = [...new Set(pupils.map((p) => p.pupil_id))];
    const [academies, academyAdmins, guardianships, partnerships, groups] = await Promise.all([
      q<{ id: string; name: string }>(
        `select id, name from directory.academy where id = any(?::uuid[]) or id in (select academy_id from directory.academy_admin where person_id = any(?::uuid[]))`,
        [academyIds, people],
      ),
      q<{ academy_id: string; person_id: string }>(
        `select academy_id, person_id from directory.academy_admin where academy_id = any(?::uuid[]) or person_id = any(?::uuid[])`,
        [academyIds, people],
      ),
      q<{ parent_id: string; pupil_id: string }>(
        `select parent_id, pupil_id from directory.guardianship where pupil_id = any(?::uuid[]) or parent_id = any(?::uuid[])`,
        [pupilIds, people],
      ),
      q<{ requester_class_id: string; partner_class_id: string; status: 'pending' | 'active' }>(
        `select requester_class_id, partner_class_id, status from directory.partnership where requester_class_id = any(?::uuid[]) or partner_class_id = any(?::uuid[])`,
        [classes.map((c) => c.id), classes.map((c) => c.id)],
      ),
      q<{ id: string; class_id: string; name: string; pupil_ids: string[] }>(
        `select id, class_id, name, pupil_ids from directory.pupil_group where class_id = any(?::uuid[])`,
        [classes.map((c) => c.id)],
      ),
    ]);
    const personIds = [
      ...new Set([
        ...people,
        ...teachers.map((t) => t.person_id),
        ...pupilIds,
        ...directors.map((d) => d.person_id),
        ...staff.map((s) => s.person_id),
        ...academyAdmins.map((a) => a.person_id),
        ...guardianships.map((g) => g.parent_id),
      ]),
    ];
    const persons = await q<{ id: string; display_name: string; role: Role }>(
      `select id, display_name, role from directory.person where id = any(?::uuid[])`,
      [personIds],
    );

    const graph = DirectoryGraph.from({
      people: persons.map((p) => ({ id: p.id, displayName: p.display_name, role: p.role })),
      academies,
      academyAdmins: academyAdmins.map((a) => ({ academyId: a.academy_id, personId: a.person_id })),
      schools: schools.map((s) => ({
        id: s.id,
        academyId: s.academy_id,
        name: s.name,
        switches: s.switches,
        directorIds: directors.filter((d) => d.school_id === s.id).map((d) => d.person_id),
      })),
      classes: classes.map((c) => ({
        id: c.id,
        schoolId: c.school_id,
        name: c.name,
        modules: c.modules,
        settings: c.settings,
        teacherIds: teachers.filter((t) => t.class_id === c.id).map((t) => t.person_id),
        pupilIds: pupils.filter((p) => p.class_id === c.id).map((p) => p.pupil_id),
      })),
      guardianships: guardianships.map((g) => ({ parentId: g.parent_id, pupilId: g.pupil_id })),
      partnerships: partnerships.map((p) => ({
        requesterClassId: p.requester_class_id,
        partnerClassId: p.partner_class_id,
        status: p.status,
      })),
      groups: groups.map((g) => ({ id: g.id, classId: g.class_id, name: g.name, pupilIds: g.pupil_ids })),
      schoolStaff: staff.map((s) => ({ schoolId: s.school_id, personId: s.person_id })),
    });
    if (graph.anomalies.length) this.logger.warn(`directory anomalies: ${graph.anomalies.slice(0, 5).join('; ')}`);
    return graph;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
