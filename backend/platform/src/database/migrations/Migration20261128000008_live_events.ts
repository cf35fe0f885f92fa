import { Migration } from '@mikro-orm/migrations';

/**
 * The live event log when there is no Redis (docs/decisions/0007-live-events.md): `seq` is the id a browser
 * resumes from, `dedup_key` makes the request's append and the outbox consumer's append one row. Rows older
 * than 24 hours are pruned by the worker's housekeeping.
 */
export class Migration20261128000008_live_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table platform.live_event (
      seq bigserial primary key,
      person_id uuid not null,
      type varchar(60) not null,
      data jsonb not null,
      dedup_key varchar(200) null unique,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index live_event_person_idx on platform.live_event (person_id, seq);`);
    this.addSql(`create index live_event_created_idx on platform.live_event (created_at);`);
  }
}
