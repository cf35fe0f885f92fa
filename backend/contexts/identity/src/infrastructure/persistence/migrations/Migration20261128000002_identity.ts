import { Migration } from '@mikro-orm/migrations';

/** Identity: accounts (login, argon2id hash, role) and server-side sessions (stored hashed). */
export class Migration20261128000002_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists identity;`);
    this.addSql(`create table identity.account (
      id uuid primary key,
      login varchar(100) not null,
      display_name varchar(200) not null,
      role varchar(20) not null check (role in ('PUPIL', 'PARENT', 'TEACHER', 'SCHOOL_ADMIN', 'ACADEMY_ADMIN')),
      password_hash varchar(255) not null,
      blocked boolean not null default false,
      created_at timestamptz not null,
      password_changed_at timestamptz not null
    );`);
    this.addSql(`create unique index account_login_uq on identity.account (lower(login));`);
    this.addSql(`create table identity.session (
      id_hash char(64) primary key,
      account_id uuid not null references identity.account (id) on delete cascade,
      csrf_token varchar(64) not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      origin varchar(100) null,
      user_agent varchar(300) null
    );`);
    this.addSql(`create index session_account_idx on identity.session (account_id);`);
  }
}
