import { ArrayType, EntitySchema } from '@mikro-orm/core';
import { Conversation } from '../../domain/conversation/conversation';

/**
 * `messaging.conversation` as the context's first migration made it. Its participants are rows of
 * `messaging.participant` (`ParticipantRow`, written in the same unit of work when the conversation starts, never
 * changed by the aggregate after): the aggregate reads their ids, in order, with the conversation.
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
      // Read with the conversation; the rows are `ParticipantRow`s, persisted by the repository with it.
      persist: false,
      formula: (alias) =>
        `array(select p.person_id from messaging.participant p where p.conversation_id = ${alias}.id order by p.position)`,
    },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    lastMessageAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
