import { Migration } from '@mikro-orm/migrations';

/**
 * Closed messaging (messaging context): conversations, their participants (with the name and standing
 * they had when written to, how far each has read, and when something last reached them), messages with their
 * recipients and the pupil classes whose teachers moderate them, reports, drafts.
 */
export class Migration20261128000007_messaging extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists messaging;`);
    this.addSql(`create table messaging.conversation (
      id uuid primary key,
      subject varchar(200) not null,
      kind varchar(12) not null check (kind in ('conversation', 'broadcast')),
      created_by uuid not null,
      created_at timestamptz not null,
      last_message_at timestamptz not null
    );`);
    this.addSql(`create table messaging.participant (
      conversation_id uuid not null references messaging.conversation (id) on delete cascade,
      person_id uuid not null,
      position smallint not null,
      display_name varchar(200) not null,
      role varchar(20) not null,
      context varchar(300) not null default '',
      last_read_at timestamptz null,
      last_activity_at timestamptz null,
      primary key (conversation_id, person_id)
    );`);
    // Each person's folders are ordered by what reached them (or what they wrote), never by replies they cannot see.
    this.addSql(
      `create index participant_person_idx on messaging.participant (person_id, last_activity_at desc, conversation_id desc);`,
    );
    this.addSql(`create table messaging.message (
      id uuid primary key,
      conversation_id uuid not null references messaging.conversation (id) on delete cascade,
      author_id uuid not null,
      body text not null,
      attachment_ids uuid[] not null default '{}',
      sent_at timestamptz not null,
      delivered_at timestamptz null,
      status varchar(10) not null check (status in ('delivered', 'held', 'refused', 'hidden')),
      held_in_class_id uuid null,
      pupil_class_ids uuid[] not null default '{}',
      moderation_note varchar(500) null,
      moderated_by uuid null,
      moderated_at timestamptz null
    );`);
    this.addSql(`create index message_conversation_idx on messaging.message (conversation_id, sent_at, id);`);
    this.addSql(`create index message_author_idx on messaging.message (author_id, sent_at desc);`);
    this.addSql(
      `create index message_held_idx on messaging.message (held_in_class_id, sent_at) where status = 'held';`,
    );
    // The classes whose teachers moderate a message: those of the pupils among its author and its recipients.
    this.addSql(`create index message_pupil_classes_idx on messaging.message using gin (pupil_class_ids);`);
    this.addSql(`create table messaging.message_recipient (
      message_id uuid not null references messaging.message (id) on delete cascade,
      person_id uuid not null,
      conversation_id uuid not null,
      primary key (message_id, person_id)
    );`);
    this.addSql(
      `create index message_recipient_person_idx on messaging.message_recipient (person_id, conversation_id);`,
    );
    this.addSql(`create table messaging.message_report (
      message_id uuid not null references messaging.message (id) on delete cascade,
      reporter_id uuid not null,
      reason varchar(500) null,
      reported_at timestamptz not null,
      primary key (message_id, reporter_id)
    );`);
    this.addSql(`create table messaging.draft (
      id uuid primary key,
      author_id uuid not null,
      recipient_ids uuid[] not null default '{}',
      subject varchar(200) not null default '',
      body text not null default '',
      attachment_ids uuid[] not null default '{}',
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    this.addSql(`create index draft_author_idx on messaging.draft (author_id, updated_at desc, id desc);`);
  }
}
