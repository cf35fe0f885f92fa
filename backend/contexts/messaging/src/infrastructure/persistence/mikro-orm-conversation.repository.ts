import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Conversation } from '../../domain/conversation/conversation';
import type { ConversationRepository, ParticipantSnapshot } from '../../domain/conversation/conversation.repository';
import { ParticipantRow } from './participant.schema';

/** Conversations through the unit of work: a new one and its participants' rows are written with the command. */
@Injectable()
export class MikroOrmConversationRepository implements ConversationRepository {
  private readonly sql;

  constructor(private readonly em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async add(conversation: Conversation, participants: readonly ParticipantSnapshot[]): Promise<void> {
    this.em.persist(conversation);
    participants.forEach((person, i) => this.em.persist(new ParticipantRow(conversation.id, i + 1, person)));
  }

  byIdLocked(id: Id): Promise<Conversation | null> {
    return this.em.findOne(Conversation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /**
   * Set-based bookkeeping of the folders' order (decision 0008): each person's last activity, in one statement.
   * MikroORM does not flush before a raw statement: what the command persisted so far (a new conversation's
   * participants) is written first, so that the update finds their rows.
   */
  async touchAt(conversationId: Id, personIds: readonly Id[], at: Date): Promise<void> {
    await this.em.flush();
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
