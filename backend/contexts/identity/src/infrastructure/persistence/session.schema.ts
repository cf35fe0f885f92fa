import { EntitySchema } from '@mikro-orm/core';
import { Session } from '../../domain/session/session';

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  schema: 'identity',
  properties: {
    idHash: { type: 'string', length: 64, columnType: 'char(64)', primary: true },
    accountId: { type: 'uuid' },
    csrfToken: { type: 'string', length: 64 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    lastSeenAt: { type: 'Date', columnType: 'timestamptz' },
    origin: { type: 'string', length: 100, nullable: true },
    userAgent: { type: 'string', length: 300, nullable: true },
  },
});
