import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { Message } from '../../domain/message/message';
import type { MessageRepository } from '../../domain/message/message.repository';
import { MessageRecipientRow } from './message-recipient.schema';
import { MessageReportRow } from './message-report.schema';

/**
 * Messages through the unit of work: a new message with its recipients' rows, and what changed of a loaded one
 * with its new reports' rows, are written when the command's unit of work flushes.
 */
@Injectable()
export class MikroOrmMessageRepository implements MessageRepository {
  constructor(private readonly em: EntityManager) {}

  async add(message: Message): Promise<void> {
    this.em.persist(message);
    for (const personId of message.recipientIds) {
      this.em.persist(new MessageRecipientRow(message.id, personId, message.conversationId));
    }
  }

  byIdLocked(id: Id): Promise<Message | null> {
    return this.em.findOne(Message, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** A report the message did not have when loaded becomes a row (the aggregate takes one per person). */
  async update(message: Message): Promise<void> {
    if (message.reports.length === 0) return;
    const stored = await this.em.find(MessageReportRow, { messageId: message.id });
    const known = new Set(stored.map((r) => r.reporterId));
    for (const report of message.reports) {
      if (!known.has(report.by)) this.em.persist(new MessageReportRow(message.id, report));
    }
  }
}
