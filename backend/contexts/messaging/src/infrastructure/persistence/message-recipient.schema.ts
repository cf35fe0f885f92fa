import { EntitySchema, PrimaryKeyProp } from '@mikro-orm/core';
import type { Id } from '@preau/kernel';
import { Message } from '../../domain/message/message';

/**
 * One row of `messaging.message_recipient`: someone a message is addressed to (the aggregate's `recipientIds`, read
 * back by the message's formula). It carries the conversation too, for the read model's per-person counts.
 */
export class MessageRecipientRow {
  declare [PrimaryKeyProp]?: ['messageId', 'personId'];

  constructor(
    readonly messageId: Id,
    readonly personId: Id,
    readonly conversationId: Id,
  ) {}
}

export const MessageRecipientSchema = new EntitySchema<MessageRecipientRow>({
  class: MessageRecipientRow,
  tableName: 'message_recipient',
  schema: 'messaging',
  properties: {
    // A reference to the message (held as its id) so that the unit of work inserts the message first.
    messageId: { kind: 'm:1', entity: () => Message, mapToPk: true, primary: true, fieldName: 'message_id' },
    personId: { type: 'uuid', primary: true },
    conversationId: { type: 'uuid' },
  },
});
