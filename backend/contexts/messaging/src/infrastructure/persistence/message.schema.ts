import { ArrayType, EntitySchema, Type } from '@mikro-orm/core';
import { Conversation } from '../../domain/conversation/conversation';
import { Message } from '../../domain/message/message';
import type { MessageReport } from '../../domain/message/message-types';

/** A message's reports as the formula reads them (JSON, times as text), with their times as dates. */
class ReportsType extends Type<MessageReport[], unknown> {
  override convertToJSValue(value: unknown): MessageReport[] {
    const rows = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as {
      by: string;
      reason: string | null;
      at: string;
    }[];
    return rows.map((r) => ({ by: r.by, reason: r.reason, at: new Date(r.at) }));
  }

  override getColumnType(): string {
    return 'json';
  }
}

/**
 * `messaging.message` as the context's first migration made it. Its recipients and reports are rows of their own
 * (`message_recipient`, `message_report`): read here by formulas as the aggregate's values, written as
 * `MessageRecipientRow`s and `MessageReportRow`s the repository persists in the same unit of work.
 */
export const MessageSchema = new EntitySchema<Message>({
  class: Message,
  tableName: 'message',
  schema: 'messaging',
  // The constructor runs on load too: an aggregate's list of recorded events starts empty.
  forceConstructor: true,
  properties: {
    id: { type: 'uuid', primary: true },
    // A reference to the conversation (held as its id): a new conversation is inserted before its first message.
    conversationId: { kind: 'm:1', entity: () => Conversation, mapToPk: true, fieldName: 'conversation_id' },
    authorId: { type: 'uuid' },
    recipientIds: {
      type: ArrayType,
      persist: false,
      formula: (alias) =>
        `array(select r.person_id from messaging.message_recipient r where r.message_id = ${alias}.id order by r.person_id)`,
    },
    body: { type: 'text' },
    attachmentIds: { type: ArrayType, columnType: 'uuid[]' },
    sentAt: { type: 'Date', columnType: 'timestamptz' },
    deliveredAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    status: { type: 'string', length: 10 },
    heldInClassId: { type: 'uuid', nullable: true },
    moderationNote: { type: 'string', length: 500, nullable: true },
    moderatedBy: { type: 'uuid', nullable: true },
    moderatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    reports: {
      type: ReportsType,
      persist: false,
      formula: (alias) =>
        `coalesce((select json_agg(json_build_object('by', x.reporter_id, 'reason', x.reason, 'at', x.reported_at) order by x.reported_at) from messaging.message_report x where x.message_id = ${alias}.id), '[]')`,
    },
    pupilClassIds: { type: ArrayType, columnType: 'uuid[]' },
  },
});
