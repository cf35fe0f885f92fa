import { EntitySchema, PrimaryKeyProp } from '@mikro-orm/core';
import type { Id } from '@preau/kernel';
import { Message } from '../../domain/message/message';
import type { MessageReport } from '../../domain/message/message-types';

/** One row of `messaging.message_report`: one of the aggregate's `reports` (read back by the message's formula). */
export class MessageReportRow {
  declare [PrimaryKeyProp]?: ['messageId', 'reporterId'];
  readonly messageId: Id;
  readonly reporterId: Id;
  readonly reason: string | null;
  readonly reportedAt: Date;

  constructor(messageId: Id, report: MessageReport) {
    this.messageId = messageId;
    this.reporterId = report.by;
    this.reason = report.reason;
    this.reportedAt = report.at;
  }
}

export const MessageReportSchema = new EntitySchema<MessageReportRow>({
  class: MessageReportRow,
  tableName: 'message_report',
  schema: 'messaging',
  properties: {
    // A reference to the message (held as its id) so that the unit of work orders the inserts.
    messageId: { kind: 'm:1', entity: () => Message, mapToPk: true, primary: true, fieldName: 'message_id' },
    reporterId: { type: 'uuid', primary: true },
    reason: { type: 'string', length: 500, nullable: true },
    reportedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
