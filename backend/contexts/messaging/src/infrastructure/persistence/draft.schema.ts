import { ArrayType, EntitySchema } from '@mikro-orm/core';
import { Draft } from '../../domain/draft/draft';

/** `messaging.draft` as the context's first migration made it. */
export const DraftSchema = new EntitySchema<Draft>({
  class: Draft,
  tableName: 'draft',
  schema: 'messaging',
  properties: {
    id: { type: 'uuid', primary: true },
    authorId: { type: 'uuid' },
    recipientIds: { type: ArrayType, columnType: 'uuid[]' },
    subject: { type: 'string', length: 200 },
    body: { type: 'text' },
    attachmentIds: { type: ArrayType, columnType: 'uuid[]' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
