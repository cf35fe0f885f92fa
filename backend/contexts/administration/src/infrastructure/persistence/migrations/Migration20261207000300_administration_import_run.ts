import { Migration } from '@mikro-orm/migrations';

/** Administration: the runs of ONDE imports (a report kept; a queued run's rows until the worker has applied them). */
export class Migration20261207000300_administration_import_run extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists administration;`);
    this.addSql(`create table administration.import_run (
      id uuid primary key,
      school_id uuid not null,
      actor_id uuid not null,
      kind varchar(10) not null check (kind in ('pupils', 'guardians')),
      state varchar(10) not null check (state in ('queued', 'running', 'done', 'failed')),
      progress_done integer not null default 0,
      progress_total integer not null default 0,
      report jsonb null,
      failure varchar(500) null,
      input jsonb null,
      created_at timestamptz not null,
      finished_at timestamptz null
    );`);
    this.addSql(`create index import_run_school_idx on administration.import_run (school_id, created_at desc);`);
    this.addSql(
      `create index import_run_pending_idx on administration.import_run (created_at) where state in ('queued', 'running');`,
    );
  }
}
