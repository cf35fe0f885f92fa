import { EntitySchema, PrimaryKeyProp } from '@mikro-orm/core';
import type { Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { Conversation } from '../../domain/conversation/conversation';
import type { ParticipantSnapshot } from '../../domain/conversation/conversation.repository';

/**
 * One row of `messaging.participant`, as a new conversation writes it: who is in it, in which order, and as whom they
 * were shown when written to (their name, role and standing then). The aggregate knows only the ids (read back in
 * order by the conversation's formula); the rest is the thread's and the folders' (read models). How far each person
 * read and when something last reached them are the read model's bookkeeping, updated set-based in SQL.
 */
export class ParticipantRow {
  declare [PrimaryKeyProp]?: ['conversationId', 'personId'];
  readonly conversationId: Id;
  readonly personId: Id;
  /** 1 for the author of the first message, then the recipients in order. */
  readonly position: number;
  readonly displayName: string;
  readonly role: Role;
  readonly context: string;

  constructor(conversationId: Id, position: number, person: ParticipantSnapshot) {
    this.conversationId = conversationId;
    this.personId = person.id;
    this.position = position;
    this.displayName = person.displayName.slice(0, 200);
    this.role = person.role;
    this.context = person.context.slice(0, 300);
  }
}

export const ParticipantSchema = new EntitySchema<ParticipantRow>({
  class: ParticipantRow,
  tableName: 'participant',
  schema: 'messaging',
  properties: {
    // A reference to the conversation (held as its id) so that the unit of work inserts the conversation first.
    conversationId: {
      kind: 'm:1',
      entity: () => Conversation,
      mapToPk: true,
      primary: true,
      fieldName: 'conversation_id',
    },
    personId: { type: 'uuid', primary: true },
    position: { type: 'smallint' },
    displayName: { type: 'string', length: 200 },
    role: { type: 'string', length: 20 },
    context: { type: 'string', length: 300 },
  },
});
