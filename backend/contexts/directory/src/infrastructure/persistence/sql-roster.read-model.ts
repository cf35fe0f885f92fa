import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SchoolLevel, SchoolRoster } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { sqlBatch } from '@preau/platform';
import type { RosterReadModel } from '../../application/ports/roster-read-model';

/** Three indexed queries per roster, whatever the school's size (decision 0009: SQL on the read side). */
@Injectable()
export class SqlRosterReadModel implements RosterReadModel {
  constructor(private readonly em: EntityManager) {}

  roster(schoolId: Id, schoolYearId: string): Promise<SchoolRoster> {
    return sqlBatch(this.em, async (q) => {
      const [classes, pupils] = await Promise.all([
        // `to_jsonb(c)->'levels'`: the class's levels as JSON (null for a class stored before levels existed).
        q<{ id: string; name: string; levels: SchoolLevel[] | null }>(
          `select c.id, c.name, to_jsonb(c) -> 'levels' as levels from directory.class c
           where c.school_id = ? and c.school_year_id = ? order by c.name`,
          [schoolId, schoolYearId],
        ),
        q<{
          id: string;
          ine: string | null;
          first_name: string;
          last_name: string;
          usual_name: string | null;
          birth_date: string | null;
          class_id: string;
        }>(
          `select p.id, p.ine, p.first_name, p.last_name, p.usual_name, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, e.class_id
           from directory.enrolment e
           join directory.class c on c.id = e.class_id
           join directory.person p on p.id = e.pupil_id
           where c.school_id = ? and e.school_year_id = ?
           order by p.last_name, p.first_name, p.id`,
          [schoolId, schoolYearId],
        ),
      ]);
      const guardians = await q<{
        id: string;
        first_name: string;
        last_name: string;
        email: string | null;
        child_ids: string[];
      }>(
        `select p.id, p.first_name, p.last_name, p.email, array_agg(g.pupil_id::text order by g.pupil_id) as child_ids
         from directory.guardianship g join directory.person p on p.id = g.parent_id
         where g.pupil_id = any(?::uuid[])
         group by p.id order by p.last_name, p.first_name, p.id`,
        [pupils.map((p) => p.id)],
      );
      return {
        schoolId,
        schoolYearId,
        classes: classes.map((c) => ({ id: c.id, name: c.name, levels: Array.isArray(c.levels) ? c.levels : [] })),
        pupils: pupils.map((p) => ({
          id: p.id,
          ine: p.ine,
          firstName: p.first_name,
          lastName: p.last_name,
          usualName: p.usual_name,
          birthDate: p.birth_date,
          classId: p.class_id,
        })),
        guardians: guardians.map((g) => ({
          id: g.id,
          firstName: g.first_name,
          lastName: g.last_name,
          email: g.email,
          childIds: g.child_ids,
        })),
      };
    });
  }
}
