import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import { Message } from '../../domain/message/message';
import type { MessageRepository } from '../../domain/message/message.repository';

@Injectable()
export class MikroOrmMessageRepository implements MessageRepository {
  private readonly sql;

  constructor(private readonly em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async add(message: Message, pupilClassIds: readonly Id[]): Promise<void> {
    // Flushed now, not with the command: its recipients' rows refer to it (and the send-rate count reads it).
    this.em.persist(message);
    await this.em.flush();
    await this.sql(`update messaging.message set pupil_class_ids = ?::uuid[] where id = ?`, [
      [...pupilClassIds],
      message.id,
    ]);
    await this.sql(
      `insert into messaging.message_recipient (message_id, person_id, conversation_id) select ?, r, ? from unnest(?::uuid[]) as r`,
      [message.id, message.conversationId, [...message.recipientIds]],
    );
  }

  async byIdLocked(id: Id): Promise<{ message: Message; pupilClassIds: Id[] } | null> {
    const message = await this.em.findOne(Message, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!message) return null;
    const [row] = await this.sql<{ pupil_class_ids: string[] | null }>(
      `select pupil_class_ids from messaging.message where id = ?`,
      [message.id],
    );
    return { message, pupilClassIds: row?.pupil_class_ids ?? [] };
  }

  /** The unit of work writes what changed of the message; a new report is a row of its own (once per person). */
  async update(message: Message): Promise<void> {
    if (message.reports.length === 0) return;
    await this.sql(
      `insert into messaging.message_report (message_id, reporter_id, reason, reported_at)
       select ?, r.by, r.reason, r.at from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as r(by, reason, at)
       on conflict (message_id, reporter_id) do nothing`,
      [
        message.id,
        message.reports.map((r) => r.by),
        message.reports.map((r) => r.reason),
        message.reports.map((r) => r.at),
      ],
    );
  }
}
