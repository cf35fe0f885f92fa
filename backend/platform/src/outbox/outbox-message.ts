import { EntitySchema } from '@mikro-orm/core';

/** A row written in the same transaction as the change it reports; relayed to the queues by the worker. */
export class OutboxMessage {
  publishedAt: Date | null = null;
  constructor(
    readonly id: string,
    readonly type: string,
    /** The version of the payload's shape. */
    readonly version: number,
    readonly payload: Record<string, unknown>,
    readonly actorId: string | null,
    readonly origin: string | null,
    readonly occurredAt: Date,
  ) {}
}

export const OutboxMessageSchema = new EntitySchema<OutboxMessage>({
  class: OutboxMessage,
  tableName: 'outbox_message',
  schema: 'platform',
  properties: {
    id: { type: 'uuid', primary: true },
    type: { type: 'string', length: 100 },
    version: { type: 'smallint', default: 1 },
    payload: { type: 'json' },
    actorId: { type: 'uuid', nullable: true },
    origin: { type: 'string', length: 100, nullable: true },
    occurredAt: { type: 'Date', columnType: 'timestamptz' },
    publishedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
