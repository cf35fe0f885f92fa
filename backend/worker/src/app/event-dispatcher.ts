import type { IntegrationEvent } from '@preau/contracts';

export interface IntegrationEventConsumer {
  handles(event: IntegrationEvent): boolean;
  /** Must be idempotent: the same event may be delivered more than once. */
  handle(event: IntegrationEvent): Promise<unknown>;
}

/** Hands each integration event to every consumer that wants it; a failure fails the job, which BullMQ retries. */
export async function dispatch(event: IntegrationEvent, consumers: IntegrationEventConsumer[]): Promise<number> {
  let handled = 0;
  for (const consumer of consumers) {
    if (!consumer.handles(event)) continue;
    await consumer.handle(event);
    handled++;
  }
  return handled;
}
