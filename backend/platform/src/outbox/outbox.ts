import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EventType } from '@preau/contracts';
import { type AggregateRoot, CLOCK, type Clock, newId } from '@preau/kernel';
import { ContextRegistry } from '../contexts/context-registry';
import { RequestMetaStore } from '../request-context/request-meta';
import { OutboxMessage } from './outbox-message';

/**
 * Integration events leave a context through here. The message is persisted by the current unit of
 * work, so it is committed (or rolled back) together with the change it reports. With the registry of the
 * contexts (always, in the processes), an event no context declared is a programming error.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly registry?: ContextRegistry,
  ) {}

  /** `by` overrides who and where from; by default they come from the current request. */
  publish<P extends object>(
    event: EventType<P>,
    payload: P,
    by: { actorId?: string | null; origin?: string | null } = {},
  ): OutboxMessage {
    if (this.registry && this.registry.event(event.type) === undefined)
      throw new Error(`integration event ${event.type} is declared by no context`);
    const meta = RequestMetaStore.current();
    const actorId = by.actorId !== undefined ? by.actorId : (meta?.actorId ?? null);
    const origin = by.origin !== undefined ? by.origin : (meta?.origin ?? null);
    const message = new OutboxMessage(
      newId(),
      event.type,
      event.version,
      payload as Record<string, unknown>,
      actorId,
      origin,
      this.clock.now(),
    );
    this.em.persist(message);
    return message;
  }

  /**
   * Every event the aggregate recorded becomes an integration event of this unit of work, its fields the payload
   * (a domain event's `type` is the name of the integration event it becomes). `shape` may edit each payload
   * first (add where it happened, take out words that must stay in the context).
   */
  publishEventsOf(aggregate: AggregateRoot, actorId: string, shape?: (payload: Record<string, unknown>) => void): void {
    for (const event of aggregate.pullEvents()) {
      const { type, ...payload } = event as unknown as Record<string, unknown> & { type: string };
      shape?.(payload);
      this.publish(this.registry?.event(type) ?? { type, version: 1 }, payload, { actorId });
    }
  }
}
