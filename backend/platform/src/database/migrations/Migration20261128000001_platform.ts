import { Migration } from '@mikro-orm/migrations';

/** Platform tables: the outbox, consumer idempotency, and the audit log. */
export class Migration20261128000001_platform extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists platform;`);
    this.addSql(`create table platform.outbox_message (
      id uuid primary key,
      type varchar(100) not null,
      payload jsonb not null,
      actor_id uuid null,
      origin varchar(100) null,
      occurred_at timestamptz not null,
      published_at timestamptz null
    );`);
    this.addSql(`create index outbox_message_unpublished_idx on platform.outbox_message (occurred_at) where published_at is null;`);
    this.addSql(`create table platform.processed_event (
      consumer varchar(100) not null,
      event_id uuid not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, event_id)
    );`);
    this.addSql(`create table platform.audit_entry (
      id uuid primary key,
      type varchar(100) not null,
      actor_id uuid null,
      origin varchar(100) null,
      school_id uuid null,
      occurred_at timestamptz not null,
      details jsonb not null
    );`);
    this.addSql(`create index audit_entry_school_idx on platform.audit_entry (school_id, occurred_at desc);`);
    this.addSql(`create index audit_entry_actor_idx on platform.audit_entry (actor_id, occurred_at desc);`);
  }
}
