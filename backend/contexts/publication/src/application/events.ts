import type { AggregateRoot, Id } from '@preau/kernel';
import type { Outbox } from '@preau/platform';

/** The aggregate's domain events become integration events in the same unit of work (notifications come later). */
export function publishEvents(outbox: Outbox, aggregate: AggregateRoot, actorId: Id): void {
  for (const event of aggregate.pullEvents()) {
    const { type, ...payload } = event as unknown as Record<string, unknown> & { type: string };
    outbox.publish(type, payload, { actorId });
  }
}
