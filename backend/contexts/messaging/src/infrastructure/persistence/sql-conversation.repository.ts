import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Conversation, type ConversationRepository, type ParticipantSnapshot } from '../../domain';

interface ConversationRecord {
  id: string;
  subject: string;
  kind: 'conversation' | 'broadcast';
  created_by: string;
  created_at: Date;
  last_message_at: Date;
  participant_ids: string[];
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
      [
        s.id,
        participants.map((p) => p.id),
        participants.map((p) => p.displayName.slice(0, 200)),
        participants.map((p) => p.role),
        participants.map((p) => p.context.slice(0, 300)),
      ],
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
    await this.sql(`update messaging.conversation set last_message_at = greatest(last_message_at, ?) where id = ?`, [
      at,
      conversationId,
    ]);
    await this.sql(
      `update messaging.participant set last_activity_at = greatest(coalesce(last_activity_at, ?), ?) where conversation_id = ? and person_id = any(?::uuid[])`,
      [at, at, conversationId, [...personIds]],
    );
  }
}
