import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Message, type MessageRepository, type MessageState } from '../../domain';

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

/** Messages in SQL until Message is mapped with MikroORM (decision 0009): its recipients and reports are rows of their own. */
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
      [
        s.id,
        s.conversationId,
        s.authorId,
        s.body,
        s.attachmentIds,
        s.sentAt,
        s.deliveredAt,
        s.status,
        s.heldInClassId,
        [...pupilClassIds],
        s.moderationNote,
        s.moderatedBy,
        s.moderatedAt,
      ],
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
}
