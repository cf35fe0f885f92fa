import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { type AggregateRoot, CLOCK, type Clock, newId } from '@preau/kernel';
import { RequestMetaStore } from '../request-context/request-meta';
import { OutboxMessage } from './outbox-message';

/**
 * Integration events leave a context through here. The message is persisted by the current unit of
 * work, so it is committed (or rolled back) together with the change it reports.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `by` overrides who and where from; by default they come from the current request. */
  publish(type: string, payload: Record<string, unknown>, by: { actorId?: string | null; origin?: string | null } = {}): OutboxMessage {
    const meta = RequestMetaStore.current();
    const actorId = by.actorId !== undefined ? by.actorId : (meta?.actorId ?? null);
    const origin = by.origin !== undefined ? by.origin : (meta?.origin ?? null);
    const message = new OutboxMessage(newId(), type, payload, actorId, origin, this.clock.now());
    this.em.persist(message);
    return message;
  }

  /**
   * Every event the aggregate recorded becomes an integration event of this unit of work, its fields the payload.
   * `shape` may edit each payload first (add where it happened, take out words that must stay in the context).
   */
  publishEventsOf(aggregate: AggregateRoot, actorId: string, shape?: (payload: Record<string, unknown>) => void): void {
    for (const event of aggregate.pullEvents()) {
      const { type, ...payload } = event as unknown as Record<string, unknown> & { type: string };
      shape?.(payload);
      this.publish(type, payload, { actorId });
    }
  }
}
