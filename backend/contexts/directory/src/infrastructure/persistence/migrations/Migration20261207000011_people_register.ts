import { Migration } from '@mikro-orm/migrations';

/**
 * People as the register knows them (issue 11, decision 0010): names, INE, birth date and e-mail on
 * `directory.person` (an import matches on the INE, then on the names and the birth date), and
 * `directory.school_staff`: a teacher belongs to a school before any class is theirs.
 * Their references to people and classes are checked at commit (see below).
 * The demo's people keep their display names; their first and last names are split from them.
 */
export class Migration20261207000011_people_register extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table directory.person
      add column if not exists first_name varchar(100) not null default '',
      add column if not exists last_name varchar(100) not null default '',
      add column if not exists usual_name varchar(100) null,
      add column if not exists ine varchar(11) null,
      add column if not exists birth_date date null,
      add column if not exists email varchar(254) null;`);
    this.addSql(`update directory.person
      set first_name = split_part(display_name, ' ', 1),
          last_name = btrim(substr(display_name, length(split_part(display_name, ' ', 1)) + 1))
      where first_name = '' and last_name = '';`);
    this.addSql(`create unique index if not exists person_ine_uq on directory.person (ine) where ine is not null;`);
    this.addSql(
      `create index if not exists person_names_birth_idx on directory.person (last_name, first_name, birth_date);`,
    );
    this.addSql(`create table if not exists directory.school_staff (
      school_id uuid not null references directory.school (id) on delete cascade,
      person_id uuid not null references directory.person (id) on delete cascade,
      primary key (school_id, person_id)
    );`);
    this.addSql(`create index if not exists school_staff_person_idx on directory.school_staff (person_id);`);
    // The ORM maps no relations between these rows, so it does not order a unit of work's inserts (a new pupil
    // and their enrolment, a new class and its pupils): the references are checked when the transaction commits.
    for (const [table, column] of [
      ['enrolment', 'pupil_id'],
      ['enrolment', 'class_id'],
      ['guardianship', 'parent_id'],
      ['guardianship', 'pupil_id'],
      ['school_director', 'person_id'],
      ['school_staff', 'school_id'],
      ['school_staff', 'person_id'],
    ]) {
      this.addSql(
        `alter table directory.${table} alter constraint ${table}_${column}_fkey deferrable initially deferred;`,
      );
    }
  }
}
