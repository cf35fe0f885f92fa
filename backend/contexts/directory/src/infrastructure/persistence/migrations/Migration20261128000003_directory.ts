import { Migration } from '@mikro-orm/migrations';

/**
 * Directory: academies, schools, school years, classes, enrolments (one class per pupil and year),
 * teachers, directors, guardianships, partner classes, groups of pupils. Other contexts refer to these by id only.
 */
export class Migration20261128000003_directory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists directory;`);
    this.addSql(`create table directory.academy (id uuid primary key, name varchar(200) not null unique);`);
    this.addSql(`create table directory.person (
      id uuid primary key,
      display_name varchar(200) not null,
      role varchar(20) not null check (role in ('PUPIL', 'PARENT', 'TEACHER', 'SCHOOL_ADMIN', 'ACADEMY_ADMIN'))
    );`);
    this.addSql(`create table directory.academy_admin (
      person_id uuid primary key references directory.person (id) on delete cascade,
      academy_id uuid not null references directory.academy (id)
    );`);
    this.addSql(`create table directory.school (
      id uuid primary key,
      academy_id uuid not null references directory.academy (id),
      name varchar(200) not null,
      switches jsonb not null default '{}'
    );`);
    this.addSql(`create index school_academy_idx on directory.school (academy_id);`);
    this.addSql(`create table directory.school_director (
      school_id uuid not null references directory.school (id) on delete cascade,
      person_id uuid not null references directory.person (id) on delete cascade,
      primary key (school_id, person_id)
    );`);
    this.addSql(`create table directory.school_year (
      id varchar(9) primary key check (id ~ '^[0-9]{4}-[0-9]{4}$'),
      starts_on date not null,
      ends_on date not null,
      current boolean not null default false
    );`);
    this.addSql(`create unique index school_year_current_uq on directory.school_year (current) where current;`);
    this.addSql(`create table directory.class (
      id uuid primary key,
      school_id uuid not null references directory.school (id),
      school_year_id varchar(9) not null references directory.school_year (id),
      name varchar(100) not null,
      modules jsonb not null,
      settings jsonb not null,
      unique (school_id, school_year_id, name)
    );`);
    this.addSql(`create table directory.class_teacher (
      class_id uuid not null references directory.class (id) on delete cascade,
      person_id uuid not null references directory.person (id) on delete cascade,
      primary key (class_id, person_id)
    );`);
    this.addSql(`create index class_teacher_person_idx on directory.class_teacher (person_id);`);
    this.addSql(`create table directory.enrolment (
      pupil_id uuid not null references directory.person (id) on delete cascade,
      school_year_id varchar(9) not null references directory.school_year (id),
      class_id uuid not null references directory.class (id) on delete cascade,
      primary key (pupil_id, school_year_id)
    );`);
    this.addSql(`create index enrolment_class_idx on directory.enrolment (class_id);`);
    this.addSql(`create table directory.guardianship (
      parent_id uuid not null references directory.person (id) on delete cascade,
      pupil_id uuid not null references directory.person (id) on delete cascade,
      primary key (parent_id, pupil_id)
    );`);
    this.addSql(`create index guardianship_pupil_idx on directory.guardianship (pupil_id);`);
    this.addSql(`create table directory.partnership (
      id uuid primary key,
      requester_class_id uuid not null references directory.class (id) on delete cascade,
      partner_class_id uuid not null references directory.class (id) on delete cascade,
      requested_by uuid not null,
      status varchar(10) not null check (status in ('pending', 'active')),
      created_at timestamptz not null,
      accepted_at timestamptz null,
      check (requester_class_id <> partner_class_id)
    );`);
    this.addSql(
      `create unique index partnership_pair_uq on directory.partnership (least(requester_class_id, partner_class_id), greatest(requester_class_id, partner_class_id));`,
    );
    this.addSql(`create table directory.pupil_group (
      id uuid primary key,
      class_id uuid not null references directory.class (id) on delete cascade,
      name varchar(100) not null,
      pupil_ids uuid[] not null default '{}',
      unique (class_id, name)
    );`);
  }
}
