import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ConversationKind, LastMessageView, MessageStatus, ParticipantView, Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { sqlBatch, sqlIn } from '@preau/platform';
import type {
  ConversationRow,
  DeliveryRow,
  FolderPage,
  MessagingReadModel,
  ModeratedMessageRow,
  ThreadRow,
} from '../../application/ports/messaging-read-model';
import { MESSAGE_COLUMNS, type MessageRecord, messageState } from './message-rows';

const EXCERPT_CHARS = 140;

/** `%text%` for ILIKE, with the pattern's own characters taken literally. */
function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : flat;
}

/** Messages the person may see in a conversation: their own, and those delivered to them (hidden ones as a marker). */
const VISIBLE_TO = (person: string, m: string) =>
  `(${m}.author_id = ${person} or (${m}.status in ('delivered', 'hidden') and exists (select 1 from messaging.message_recipient vr where vr.message_id = ${m}.id and vr.person_id = ${person})))`;

/** Messages delivered to the person and not read yet (aliases `ur`, `um`, `up` of its own, never shadowing the caller's). */
const UNREAD = `from messaging.message_recipient ur
  join messaging.message um on um.id = ur.message_id
  join messaging.participant up on up.conversation_id = ur.conversation_id and up.person_id = ur.person_id
  where um.status = 'delivered' and (up.last_read_at is null or um.delivered_at > up.last_read_at)`;

interface ParticipantRecord {
  conversation_id: string;
  person_id: string;
  display_name: string;
  role: Role;
  context: string;
  last_read_at: Date | null;
}

const participantView = (p: ParticipantRecord): ParticipantView => ({
  id: p.person_id,
  displayName: p.display_name,
  role: p.role,
  context: p.context,
});

@Injectable()
export class SqlMessagingReadModel implements MessagingReadModel {
  private readonly sql;

  constructor(private readonly em: EntityManager) {
    this.sql = sqlIn(em);
  }

  folder(
    personId: Id,
    folder: 'inbox' | 'sent',
    options: { q?: string; after?: { at: Date; id: Id }; limit: number },
  ): Promise<FolderPage> {
    return sqlBatch(this.em, async (q) => {
      const params: unknown[] = [personId];
      const where: string[] = ['p.person_id = ?'];
      if (folder === 'inbox') {
        where.push(`exists (select 1 from messaging.message_recipient r join messaging.message m on m.id = r.message_id
                     where r.person_id = p.person_id and r.conversation_id = c.id and m.status in ('delivered', 'hidden'))`);
      } else {
        where.push(
          `exists (select 1 from messaging.message m where m.conversation_id = c.id and m.author_id = p.person_id)`,
        );
      }
      if (options.q) {
        where.push(`(c.subject ilike ? or exists (select 1 from messaging.message sm where sm.conversation_id = c.id and sm.status <> 'hidden'
                     and sm.body ilike ? and ${VISIBLE_TO('p.person_id', 'sm')}))`);
        params.push(containing(options.q), containing(options.q));
      }
      where.push('p.last_activity_at is not null');
      if (options.after) {
        where.push('(p.last_activity_at, c.id) < (?, ?)');
        params.push(options.after.at, options.after.id);
      }
      params.push(options.limit + 1);
      const rows = await q<{
        id: string;
        subject: string;
        kind: ConversationKind;
        created_by: string;
        last_message_at: Date;
      }>(
        `select c.id, c.subject, c.kind, c.created_by, p.last_activity_at as last_message_at
         from messaging.participant p join messaging.conversation c on c.id = p.conversation_id
         where ${where.join(' and ')}
         order by p.last_activity_at desc, c.id desc limit ?`,
        params,
      );
      const page = rows.slice(0, options.limit);
      const ids = page.map((r) => r.id);
      if (ids.length === 0) return { rows: [], next: null };
      const [participants, unread, last] = await Promise.all([
        q<ParticipantRecord>(
          `select conversation_id, person_id, display_name, role, context, last_read_at from messaging.participant where conversation_id = any(?::uuid[]) order by conversation_id, position`,
          [ids],
        ),
        q<{ conversation_id: string; n: string }>(
          `select ur.conversation_id, count(*) as n ${UNREAD} and ur.person_id = ? and ur.conversation_id = any(?::uuid[]) group by ur.conversation_id`,
          [personId, ids],
        ),
        q<{
          id: string;
          conversation_id: string;
          author_id: string;
          body: string;
          sent_at: Date;
          status: MessageStatus;
          with_attachments: boolean;
        }>(
          `select distinct on (m.conversation_id) m.id, m.conversation_id, m.author_id, left(m.body, 400) as body, coalesce(m.delivered_at, m.sent_at) as sent_at, m.status,
                  bool_or(cardinality(m.attachment_ids) > 0 and m.status <> 'hidden') over (partition by m.conversation_id) as with_attachments
           from messaging.message m
           where m.conversation_id = any(?::uuid[]) and ${VISIBLE_TO('?', 'm')}
           order by m.conversation_id, coalesce(m.delivered_at, m.sent_at) desc, m.id desc`,
          [ids, personId, personId],
        ),
      ]);
      const unreadBy = new Map(unread.map((u) => [u.conversation_id, Number(u.n)]));
      const lastBy = new Map(last.map((l) => [l.conversation_id, l]));
      const result: ConversationRow[] = page.map((r) => {
        const l = lastBy.get(r.id);
        const lastMessage: LastMessageView | null = l
          ? {
              id: l.id,
              authorId: l.author_id,
              excerpt: l.status === 'hidden' ? null : excerpt(l.body),
              sentAt: new Date(l.sent_at).toISOString(),
              status: l.status,
            }
          : null;
        return {
          id: r.id,
          subject: r.subject,
          kind: r.kind,
          createdBy: r.created_by,
          participants: participants.filter((p) => p.conversation_id === r.id).map(participantView),
          unread: unreadBy.get(r.id) ?? 0,
          lastMessage,
          hasAttachments: l?.with_attachments ?? false,
        };
      });
      const tail = page[page.length - 1];
      return {
        rows: result,
        next: rows.length > options.limit && tail ? { at: new Date(tail.last_message_at), id: tail.id } : null,
      };
    });
  }

  async drafts(
    personId: Id,
    options: { q?: string; after?: { at: Date; id: Id }; limit: number },
  ): Promise<FolderPage> {
    const params: unknown[] = [personId];
    const where = ['author_id = ?'];
    if (options.q) {
      where.push('(subject ilike ? or body ilike ?)');
      params.push(containing(options.q), containing(options.q));
    }
    if (options.after) {
      where.push('(updated_at, id) < (?, ?)');
      params.push(options.after.at, options.after.id);
    }
    params.push(options.limit + 1);
    const rows = await this.sql<{
      id: string;
      subject: string;
      body: string;
      recipient_ids: string[];
      attachment_ids: string[];
      updated_at: Date;
    }>(
      `select id, subject, body, recipient_ids, attachment_ids, updated_at from messaging.draft where ${where.join(' and ')} order by updated_at desc, id desc limit ?`,
      params,
    );
    const page = rows.slice(0, options.limit);
    const tail = page[page.length - 1];
    return {
      rows: page.map((r) => ({
        id: r.id,
        subject: r.subject,
        kind: 'conversation' as const,
        createdBy: personId,
        participants: r.recipient_ids.map((id) => ({ id, displayName: '', role: 'PUPIL' as Role, context: '' })),
        unread: 0,
        lastMessage: {
          id: r.id,
          authorId: personId,
          excerpt: excerpt(r.body),
          sentAt: new Date(r.updated_at).toISOString(),
          status: 'delivered' as const,
        },
        hasAttachments: r.attachment_ids.length > 0,
      })),
      next: rows.length > options.limit && tail ? { at: new Date(tail.updated_at), id: tail.id } : null,
    };
  }

  thread(conversationId: Id): Promise<ThreadRow | null> {
    return sqlBatch(this.em, async (q) => {
      const [conversation] = await q<{ id: string; subject: string; kind: ConversationKind; created_by: string }>(
        `select id, subject, kind, created_by from messaging.conversation where id = ?`,
        [conversationId],
      );
      if (!conversation) return null;
      const [participants, messages] = await Promise.all([
        q<ParticipantRecord>(
          `select conversation_id, person_id, display_name, role, context, last_read_at from messaging.participant where conversation_id = ? order by position`,
          [conversationId],
        ),
        q<MessageRecord>(
          `select ${MESSAGE_COLUMNS} from messaging.message m where m.conversation_id = ? order by coalesce(m.delivered_at, m.sent_at), m.id`,
          [conversationId],
        ),
      ]);
      return {
        id: conversation.id,
        subject: conversation.subject,
        kind: conversation.kind,
        createdBy: conversation.created_by,
        participants: participants.map((p) => ({
          ...participantView(p),
          lastReadAt: p.last_read_at ? new Date(p.last_read_at) : null,
        })),
        messages: messages.map(messageState),
      };
    });
  }

  async markRead(conversationId: Id, personId: Id, seenMessageIds: readonly Id[]): Promise<boolean> {
    if (seenMessageIds.length === 0) return false;
    const rows = await this.sql<{ person_id: string }>(
      `with seen as (
         select max(m.delivered_at) as upto from messaging.message m
         join messaging.message_recipient r on r.message_id = m.id and r.person_id = ?
         where m.conversation_id = ? and m.id = any(?::uuid[]) and m.status = 'delivered')
       update messaging.participant p set last_read_at = seen.upto
       from seen
       where p.conversation_id = ? and p.person_id = ? and seen.upto is not null
         and (p.last_read_at is null or p.last_read_at < seen.upto)
       returning p.person_id`,
      [personId, conversationId, [...seenMessageIds], conversationId, personId],
    );
    return rows.length > 0;
  }

  async seesAny(conversationId: Id, personId: Id): Promise<boolean> {
    const rows = await this.sql<{ one: number }>(
      `select 1 as one from messaging.message m where m.conversation_id = ? and ${VISIBLE_TO('?', 'm')} limit 1`,
      [conversationId, personId, personId],
    );
    return rows.length > 0;
  }

  async unreadTotal(personId: Id): Promise<number> {
    const [row] = await this.sql<{ n: string }>(`select count(*) as n ${UNREAD} and ur.person_id = ?`, [personId]);
    return Number(row?.n ?? 0);
  }

  held(classId: Id): Promise<ModeratedMessageRow[]> {
    return this.moderated(
      `m.status = 'held' and m.held_in_class_id = ?`,
      'coalesce(m.delivered_at, m.sent_at) asc, m.id',
      [classId],
    );
  }

  reported(classId: Id): Promise<ModeratedMessageRow[]> {
    return this.moderated(
      `m.status = 'delivered' and ?::uuid = any(m.pupil_class_ids) and exists (select 1 from messaging.message_report x where x.message_id = m.id)`,
      '(select max(x.reported_at) from messaging.message_report x where x.message_id = m.id) desc, m.id',
      [classId],
    );
  }

  private moderated(where: string, order: string, params: unknown[]): Promise<ModeratedMessageRow[]> {
    return sqlBatch(this.em, async (q) => {
      const rows = await q<MessageRecord & { subject: string }>(
        `select ${MESSAGE_COLUMNS}, c.subject from messaging.message m join messaging.conversation c on c.id = m.conversation_id where ${where} order by ${order} limit 500`,
        params,
      );
      if (rows.length === 0) return [];
      const participants = await q<ParticipantRecord>(
        `select conversation_id, person_id, display_name, role, context, last_read_at from messaging.participant where conversation_id = any(?::uuid[]) order by position`,
        [[...new Set(rows.map((r) => r.conversation_id))]],
      );
      return rows.map((row) => {
        const s = messageState(row);
        return {
          id: s.id,
          conversationId: s.conversationId,
          subject: row.subject,
          authorId: s.authorId,
          recipientIds: s.recipientIds,
          participants: participants.filter((p) => p.conversation_id === s.conversationId).map(participantView),
          body: s.body,
          attachmentIds: s.attachmentIds,
          sentAt: s.sentAt,
          status: s.status,
          reports: s.reports.map((r) => ({ by: r.by, reason: r.reason, at: r.at })),
        };
      });
    });
  }

  async heldCount(classId: Id): Promise<number> {
    const [row] = await this.sql<{ n: string }>(
      `select count(*) as n from messaging.message where status = 'held' and held_in_class_id = ?`,
      [classId],
    );
    return Number(row?.n ?? 0);
  }

  async deliveries(messageIds: readonly Id[]): Promise<DeliveryRow[]> {
    const rows = await this.sql<{
      message_id: string;
      conversation_id: string;
      author_id: string;
      person_id: string;
      unread_conversation: string;
      unread_total: string;
    }>(
      `with targets as (
         select m.id as message_id, m.conversation_id, m.author_id, r.person_id
         from messaging.message m join messaging.message_recipient r on r.message_id = m.id
         where m.id = any(?::uuid[]) and m.status = 'delivered'),
       unread as (
         select ur.person_id, ur.conversation_id, count(*) as n ${UNREAD} and ur.person_id in (select person_id from targets)
         group by ur.person_id, ur.conversation_id)
       select t.*,
         coalesce((select u.n from unread u where u.person_id = t.person_id and u.conversation_id = t.conversation_id), 0) as unread_conversation,
         coalesce((select sum(u.n) from unread u where u.person_id = t.person_id), 0) as unread_total
       from targets t order by t.message_id, t.person_id`,
      [[...messageIds]],
    );
    const byMessage = new Map<string, DeliveryRow>();
    for (const r of rows) {
      let d = byMessage.get(r.message_id);
      if (!d) {
        d = { messageId: r.message_id, conversationId: r.conversation_id, authorId: r.author_id, recipients: [] };
        byMessage.set(r.message_id, d);
      }
      d.recipients.push({
        personId: r.person_id,
        unreadInConversation: Number(r.unread_conversation),
        unreadTotal: Number(r.unread_total),
      });
    }
    return [...byMessage.values()];
  }

  async mayRead(personId: Id, messageId: Id): Promise<boolean> {
    const rows = await this.sql<{ one: number }>(
      `select 1 as one from messaging.message m where m.id = ? and m.status <> 'hidden' and (m.author_id = ?
         or (m.status = 'delivered' and exists (select 1 from messaging.message_recipient r where r.message_id = m.id and r.person_id = ?)))`,
      [messageId, personId, personId],
    );
    return rows.length > 0;
  }

  async inModerationOf(messageId: Id, classIds: readonly Id[]): Promise<boolean> {
    const rows = await this.sql<{ one: number }>(
      `select 1 as one from messaging.message m
       where m.id = ? and ((m.status = 'held' and m.held_in_class_id = any(?::uuid[]))
         or (m.status = 'delivered' and m.pupil_class_ids && ?::uuid[] and exists (select 1 from messaging.message_report x where x.message_id = m.id)))`,
      [messageId, [...classIds], [...classIds]],
    );
    return rows.length > 0;
  }
}
