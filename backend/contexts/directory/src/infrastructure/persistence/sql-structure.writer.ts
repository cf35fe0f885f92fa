import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { StructureToProvision } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import type { StructureWriter } from '../../application/ports/structure-writer';
import { ALL_MODULES_ON } from '../../domain/school-class/school-class';

/** Writes a whole structure with plain inserts inside the command's transaction. */
@Injectable()
export class SqlStructureWriter implements StructureWriter {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async isEmpty(): Promise<boolean> {
    const rows = await this.em
      .getContext()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from directory.academy');
    return Number(rows[0].n) === 0;
  }

  async provision(s: StructureToProvision): Promise<void> {
    const em = this.em.getContext();
    const ctx = em.getTransactionContext();
    const run = (sql: string, params: unknown[]) => em.getConnection().execute(sql, params, 'run', ctx);
    await run('insert into directory.academy (id, name) values (?, ?) on conflict (id) do nothing', [
      s.academy.id,
      s.academy.name,
    ]);
    await run('update directory.school_year set current = false where current and id <> ?', [s.schoolYear.id]);
    await run(
      'insert into directory.school_year (id, starts_on, ends_on, current) values (?, ?, ?, true) on conflict (id) do update set current = true',
      [s.schoolYear.id, s.schoolYear.startsOn, s.schoolYear.endsOn],
    );
    for (const p of s.people) {
      // First and last names split from the display name ("Léa Martin"), as the people register's migration did.
      const [firstName, ...rest] = p.displayName.split(' ');
      await run(
        'insert into directory.person (id, display_name, role, first_name, last_name) values (?, ?, ?, ?, ?) on conflict (id) do update set display_name = excluded.display_name',
        [p.id, p.displayName, p.role, firstName, rest.join(' ')],
      );
    }
    for (const id of s.academyAdminIds)
      await run('insert into directory.academy_admin (person_id, academy_id) values (?, ?) on conflict do nothing', [
        id,
        s.academy.id,
      ]);
    for (const school of s.schools) {
      await run(
        `insert into directory.school (id, academy_id, name, switches) values (?, ?, ?, '{}') on conflict (id) do nothing`,
        [school.id, s.academy.id, school.name],
      );
      for (const d of school.directorIds)
        await run('insert into directory.school_director (school_id, person_id) values (?, ?) on conflict do nothing', [
          school.id,
          d,
        ]);
      for (const c of school.classes) {
        await run(
          `insert into directory.class (id, school_id, school_year_id, name, modules, settings, levels) values (?, ?, ?, ?, ?, ?, string_to_array(?, ',')::varchar(3)[]) on conflict (id) do nothing`,
          [c.id, school.id, s.schoolYear.id, c.name, JSON.stringify(ALL_MODULES_ON), JSON.stringify(c.settings), (c.levels ?? []).join(',')],
        );
        for (const t of c.teacherIds)
          await run('insert into directory.class_teacher (class_id, person_id) values (?, ?) on conflict do nothing', [
            c.id,
            t,
          ]);
        for (const p of c.pupilIds) {
          await run(
            'insert into directory.enrolment (pupil_id, school_year_id, class_id) values (?, ?, ?) on conflict (pupil_id, school_year_id) do update set class_id = excluded.class_id',
            [p, s.schoolYear.id, c.id],
          );
        }
      }
    }
    for (const g of s.guardianships)
      await run('insert into directory.guardianship (parent_id, pupil_id) values (?, ?) on conflict do nothing', [
        g.parentId,
        g.pupilId,
      ]);
    const now = this.clock.now();
    for (const p of s.partnerships) {
      await run(
        `insert into directory.partnership (id, requester_class_id, partner_class_id, requested_by, status, created_at, accepted_at)
         select ?, ?, ?, ?, 'active', ?::timestamptz, ?::timestamptz where not exists (
           select 1 from directory.partnership where least(requester_class_id, partner_class_id) = least(?::uuid, ?::uuid) and greatest(requester_class_id, partner_class_id) = greatest(?::uuid, ?::uuid))`,
        [
          newId(),
          p.classId,
          p.partnerClassId,
          s.academyAdminIds[0] ?? p.classId,
          now,
          now,
          p.classId,
          p.partnerClassId,
          p.classId,
          p.partnerClassId,
        ],
      );
    }
  }
}
