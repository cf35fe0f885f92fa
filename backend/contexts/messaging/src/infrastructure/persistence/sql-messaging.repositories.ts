import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Conversation, Message, type MessageState } from '../../domain';
import type { ConversationRepository, DraftRecord, DraftRepository, MessageRepository, ParticipantSnapshot } from '../../application/ports/messaging.repositories';

interface ConversationRecord {
  id: string;
  subject: string;
  kind: 'conversation' | 'broadcast';
  created_by: string;
  created_at: Date;
  last_message_at: Date;
  participant_ids: string[];
}

export interface MessageRecord {
  id: string;
  conversation_id: string;
  author_id: string;
  body: string;
  attachment_ids: string[];
  sent_at: Date;
  delivered_at: Date | null;
  status: MessageState['status'];
  held_in_class_id: string | null;
  moderation_note: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  recipient_ids: string[];
  reports: { by: string; reason: string | null; at: string }[];
}

/** The columns of a message with its recipients and reports, for `from messaging.message m`. */
export const MESSAGE_COLUMNS = `m.id, m.conversation_id, m.author_id, m.body, m.attachment_ids, m.sent_at, m.delivered_at, m.status, m.held_in_class_id,
  m.moderation_note, m.moderated_by, m.moderated_at,
  array(select r.person_id from messaging.message_recipient r where r.message_id = m.id order by r.person_id) as recipient_ids,
  coalesce((select json_agg(json_build_object('by', x.reporter_id, 'reason', x.reason, 'at', x.reported_at) order by x.reported_at)
            from messaging.message_report x where x.message_id = m.id), '[]') as reports`;

export function messageState(row: MessageRecord): MessageState {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    authorId: row.author_id,
    recipientIds: row.recipient_ids ?? [],
    body: row.body,
    attachmentIds: row.attachment_ids ?? [],
    sentAt: new Date(row.sent_at),
    deliveredAt: row.delivered_at ? new Date(row.delivered_at) : null,
    status: row.status,
    heldInClassId: row.held_in_class_id,
    moderationNote: row.moderation_note,
    moderatedBy: row.moderated_by,
    moderatedAt: row.moderated_at ? new Date(row.moderated_at) : null,
    reports: (row.reports ?? []).map((r) => ({ by: r.by, reason: r.reason, at: new Date(r.at) })),
  };
}

@Injectable()
export class SqlConversationRepository implements ConversationRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async add(conversation: Conversation, participants: readonly ParticipantSnapshot[]): Promise<void> {
    const s = conversation.snapshot();
    await this.sql(
      `insert into messaging.conversation (id, subject, kind, created_by, created_at, last_message_at) values (?, ?, ?, ?, ?, ?)`,
      [s.id, s.subject, s.kind, s.createdBy, s.createdAt, s.lastMessageAt],
    );
    await this.sql(
      `insert into messaging.participant (conversation_id, person_id, position, display_name, role, context)
       select ?, p.id, p.position, p.display_name, p.role, p.context
       from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) with ordinality as p(id, display_name, role, context, position)`,
      [s.id, participants.map((p) => p.id), participants.map((p) => p.displayName.slice(0, 200)), participants.map((p) => p.role), participants.map((p) => p.context.slice(0, 300))],
    );
  }

  async byIdLocked(id: Id): Promise<Conversation | null> {
    const [row] = await this.sql<ConversationRecord>(
      `select c.id, c.subject, c.kind, c.created_by, c.created_at, c.last_message_at,
              array(select p.person_id from messaging.participant p where p.conversation_id = c.id order by p.position) as participant_ids
       from messaging.conversation c where c.id = ? for update`,
      [id],
    );
    if (!row) return null;
    return Conversation.restore({
      id: row.id,
      subject: row.subject,
      kind: row.kind,
      createdBy: row.created_by,
      participantIds: row.participant_ids,
      createdAt: new Date(row.created_at),
      lastMessageAt: new Date(row.last_message_at),
    });
  }

  async touchAt(conversationId: Id, personIds: readonly Id[], at: Date): Promise<void> {
    await this.sql(`update messaging.conversation set last_message_at = greatest(last_message_at, ?) where id = ?`, [at, conversationId]);
    await this.sql(
      `update messaging.participant set last_activity_at = greatest(coalesce(last_activity_at, ?), ?) where conversation_id = ? and person_id = any(?::uuid[])`,
      [at, at, conversationId, [...personIds]],
    );
  }
}

@Injectable()
export class SqlMessageRepository implements MessageRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async add(message: Message, pupilClassIds: readonly Id[]): Promise<void> {
    const s = message.snapshot();
    await this.sql(
      `insert into messaging.message (id, conversation_id, author_id, body, attachment_ids, sent_at, delivered_at, status, held_in_class_id, pupil_class_ids, moderation_note, moderated_by, moderated_at)
       values (?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?, ?::uuid[], ?, ?, ?)`,
      [s.id, s.conversationId, s.authorId, s.body, s.attachmentIds, s.sentAt, s.deliveredAt, s.status, s.heldInClassId, [...pupilClassIds], s.moderationNote, s.moderatedBy, s.moderatedAt],
    );
    await this.sql(
      `insert into messaging.message_recipient (message_id, person_id, conversation_id) select ?, r, ? from unnest(?::uuid[]) as r`,
      [s.id, s.conversationId, s.recipientIds],
    );
  }

  async byIdLocked(id: Id): Promise<{ message: Message; pupilClassIds: Id[] } | null> {
    const [row] = await this.sql<MessageRecord & { pupil_class_ids: string[] }>(
      `select ${MESSAGE_COLUMNS}, m.pupil_class_ids from messaging.message m where m.id = ? for update of m`,
      [id],
    );
    return row ? { message: Message.restore(messageState(row)), pupilClassIds: row.pupil_class_ids ?? [] } : null;
  }

  async update(message: Message): Promise<void> {
    const s = message.snapshot();
    await this.sql(
      `update messaging.message set status = ?, delivered_at = ?, moderation_note = ?, moderated_by = ?, moderated_at = ? where id = ?`,
      [s.status, s.deliveredAt, s.moderationNote, s.moderatedBy, s.moderatedAt, s.id],
    );
    if (s.reports.length > 0) {
      await this.sql(
        `insert into messaging.message_report (message_id, reporter_id, reason, reported_at)
         select ?, r.by, r.reason, r.at from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as r(by, reason, at)
         on conflict (message_id, reporter_id) do nothing`,
        [s.id, s.reports.map((r) => r.by), s.reports.map((r) => r.reason), s.reports.map((r) => r.at)],
      );
    }
  }

  async countSentSinceLocked(authorId: Id, since: Date): Promise<{ count: number; oldest: Date | null }> {
    // One sender's messages are counted one send at a time (until the transaction ends), whatever the process.
    await this.sql(`select pg_advisory_xact_lock(hashtextextended('messaging.send:' || ?::text, 0))`, [authorId]);
    const [row] = await this.sql<{ count: string; oldest: Date | null }>(
      `select count(*) as count, min(sent_at) as oldest from messaging.message where author_id = ? and sent_at > ?`,
      [authorId, since],
    );
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
  }
}

interface DraftRow {
  id: string;
  author_id: string;
  recipient_ids: string[];
  subject: string;
  body: string;
  attachment_ids: string[];
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class SqlDraftRepository implements DraftRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async byId(id: Id): Promise<DraftRecord | null> {
    const [row] = await this.sql<DraftRow>(`select * from messaging.draft where id = ?`, [id]);
    return row
      ? { id: row.id, authorId: row.author_id, recipientIds: row.recipient_ids, subject: row.subject, body: row.body, attachmentIds: row.attachment_ids, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) }
      : null;
  }

  async countOf(authorId: Id): Promise<number> {
    const [row] = await this.sql<{ n: string }>(`select count(*) as n from messaging.draft where author_id = ?`, [authorId]);
    return Number(row?.n ?? 0);
  }

  async save(d: DraftRecord): Promise<void> {
    await this.sql(
      `insert into messaging.draft (id, author_id, recipient_ids, subject, body, attachment_ids, created_at, updated_at)
       values (?, ?, ?::uuid[], ?, ?, ?::uuid[], ?, ?)
       on conflict (id) do update set recipient_ids = excluded.recipient_ids, subject = excluded.subject, body = excluded.body,
         attachment_ids = excluded.attachment_ids, updated_at = excluded.updated_at
       where messaging.draft.author_id = excluded.author_id`,
      [d.id, d.authorId, d.recipientIds, d.subject, d.body, d.attachmentIds, d.createdAt, d.updatedAt],
    );
  }

  async delete(id: Id): Promise<void> {
    await this.sql(`delete from messaging.draft where id = ?`, [id]);
  }
}
