import type { EntityManager } from '@mikro-orm/postgresql';
import type { IntegrationEvent } from '@preau/contracts';
import { onceOnly } from '../queue/idempotent';
import { AuditEntry } from './audit-entry';

/**
 * The integration events that are sensitive actions, written to the audit log (who, what, when, from where):
 * accounts and structures, and messaging's moderation acts and refused sendings (never a message's text).
 */
const AUDITED = /^(identity|directory)\.|^messaging\.(MessageApproved|MessageRefused|MessageHidden|MessageReported|SendingRefused)$/;

export class AuditConsumer {
  static readonly consumerName = 'audit-log';

  constructor(private readonly em: EntityManager) {}

  handles(event: IntegrationEvent): boolean {
    return AUDITED.test(event.type);
  }

  async handle(event: IntegrationEvent): Promise<boolean> {
    return onceOnly(this.em, AuditConsumer.consumerName, event.id, async (tx) => {
      const schoolId = typeof event.payload['schoolId'] === 'string' ? (event.payload['schoolId'] as string) : null;
      tx.persist(new AuditEntry(event.id, event.type, event.actorId, event.origin, schoolId, new Date(event.occurredAt), event.payload));
    });
  }
}
