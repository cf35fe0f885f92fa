import { Migration } from '@mikro-orm/migrations';

/** Media library: items (the bytes live in the storage), class library shares, usages by other contexts. */
export class Migration20261128000004_media extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists media;`);
    this.addSql(`create table media.item (
      id uuid primary key,
      owner_id uuid not null,
      kind varchar(10) not null check (kind in ('image', 'video', 'audio', 'document', 'link')),
      title varchar(200) not null,
      status varchar(12) not null check (status in ('processing', 'ready', 'failed')),
      failure_reason varchar(30) null,
      failure_message varchar(300) null,
      mime_type varchar(150) null,
      size bigint null,
      url varchar(2000) null,
      folder_id uuid null,
      metadata jsonb not null default '{}',
      renditions jsonb not null default '[]',
      created_at timestamptz not null,
      processed_at timestamptz null
    );`);
    this.addSql(`create index item_owner_idx on media.item (owner_id, created_at desc, id desc);`);
    this.addSql(`create index item_title_idx on media.item using gin (to_tsvector('simple', title));`);
    this.addSql(`create table media.class_share (
      class_id uuid not null,
      media_id uuid not null references media.item (id) on delete cascade,
      shared_by uuid not null,
      shared_at timestamptz not null,
      primary key (class_id, media_id)
    );`);
    this.addSql(`create index class_share_media_idx on media.class_share (media_id);`);
    this.addSql(`create table media.usage (
      media_id uuid not null references media.item (id) on delete cascade,
      context varchar(30) not null,
      resource_id uuid not null,
      class_id uuid not null,
      action varchar(50) not null,
      created_at timestamptz not null,
      primary key (media_id, context, resource_id)
    );`);
    this.addSql(`create index usage_resource_idx on media.usage (context, resource_id);`);
  }
}
