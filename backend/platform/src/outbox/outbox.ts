import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, newId } from '@preau/kernel';
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
}
