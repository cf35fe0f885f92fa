import type { EntityManager } from '@mikro-orm/postgresql';
import type { IntegrationEvent } from '@preau/contracts';
import type { IntegrationEventConsumer } from '../contexts/context-descriptor';
import { onceOnly } from '../queue/idempotent';
import { AuditEntry } from './audit-entry';

/**
 * Writes the integration events that are sensitive acts to the audit log (who, what, when, from where). Which
 * ones is each context's say, in its descriptor (`audited`); the worker hands the registry's answer here.
 */
export class AuditConsumer implements IntegrationEventConsumer {
  static readonly consumerName = 'audit-log';

  constructor(
    private readonly em: EntityManager,
    private readonly audited: (type: string) => boolean,
  ) {}

  handles(event: IntegrationEvent): boolean {
    return this.audited(event.type);
  }

  async handle(event: IntegrationEvent): Promise<boolean> {
    return onceOnly(this.em, AuditConsumer.consumerName, event.id, async (tx) => {
      const schoolId = typeof event.payload['schoolId'] === 'string' ? (event.payload['schoolId'] as string) : null;
      tx.persist(
        new AuditEntry(
          event.id,
          event.type,
          event.actorId,
          event.origin,
          schoolId,
          new Date(event.occurredAt),
          event.payload,
        ),
      );
    });
  }
}
