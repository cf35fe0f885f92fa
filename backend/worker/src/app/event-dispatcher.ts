import type { IntegrationEvent } from '@preau/contracts';
import type { IntegrationEventConsumer } from '@preau/platform';

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
