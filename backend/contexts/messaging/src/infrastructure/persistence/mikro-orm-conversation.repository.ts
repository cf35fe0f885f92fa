import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Conversation } from '../../domain/conversation/conversation';
import type { ConversationRepository, ParticipantSnapshot } from '../../domain/conversation/conversation.repository';

@Injectable()
export class MikroOrmConversationRepository implements ConversationRepository {
  private readonly sql;

  constructor(private readonly em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async add(conversation: Conversation, participants: readonly ParticipantSnapshot[]): Promise<void> {
    // Flushed now, not with the command: its participants' rows and its messages (still written in SQL) refer to it.
    this.em.persist(conversation);
    await this.em.flush();
    await this.sql(
      `insert into messaging.participant (conversation_id, person_id, position, display_name, role, context)
       select ?, p.id, p.position, p.display_name, p.role, p.context
       from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) with ordinality as p(id, display_name, role, context, position)`,
      [
        conversation.id,
        participants.map((p) => p.id),
        participants.map((p) => p.displayName.slice(0, 200)),
        participants.map((p) => p.role),
        participants.map((p) => p.context.slice(0, 300)),
      ],
    );
  }

  byIdLocked(id: Id): Promise<Conversation | null> {
    return this.em.findOne(Conversation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** Set-based bookkeeping of the folders' order (decision 0008): each person's last activity, in one statement. */
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
