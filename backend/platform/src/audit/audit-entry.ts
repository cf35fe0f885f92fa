import { EntitySchema } from '@mikro-orm/core';

/** One sensitive action: who, what, when, from where (docs/product/access-rules.md, Administration). */
export class AuditEntry {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly actorId: string | null,
    readonly origin: string | null,
    readonly schoolId: string | null,
    readonly occurredAt: Date,
    readonly details: Record<string, unknown>,
  ) {}
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  schema: 'platform',
  properties: {
    id: { type: 'uuid', primary: true },
    type: { type: 'string', length: 100 },
    actorId: { type: 'uuid', nullable: true },
    origin: { type: 'string', length: 100, nullable: true },
    schoolId: { type: 'uuid', nullable: true },
    occurredAt: { type: 'Date', columnType: 'timestamptz' },
    details: { type: 'json' },
  },
});
