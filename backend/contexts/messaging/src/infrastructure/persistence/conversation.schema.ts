import { ArrayType, EntitySchema } from '@mikro-orm/core';
import { Conversation } from '../../domain/conversation/conversation';

/**
 * `messaging.conversation` as the context's first migration made it. Its participants are rows of
 * `messaging.participant` that also carry each person's reading and activity (the read model's bookkeeping):
 * the aggregate reads their ids, in order, and the repository writes the rows once, when the conversation starts.
 */
export const ConversationSchema = new EntitySchema<Conversation>({
  class: Conversation,
  tableName: 'conversation',
  schema: 'messaging',
  properties: {
    id: { type: 'uuid', primary: true },
    subject: { type: 'string', length: 200 },
    kind: { type: 'string', length: 12 },
    createdBy: { type: 'uuid' },
    participantIds: {
      type: ArrayType,
      // Read with the conversation, never written by the unit of work (the repository inserts the rows).
      persist: false,
      formula: (alias) =>
        `array(select p.person_id from messaging.participant p where p.conversation_id = ${alias}.id order by p.position)`,
    },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    lastMessageAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
