import type { AggregateRoot, Id } from '@preau/kernel';
import type { Outbox } from '@preau/platform';

/** The aggregate's domain events become integration events in the same unit of work (no message text in them). */
export function publishEvents(outbox: Outbox, aggregate: AggregateRoot, actorId: Id, schoolId?: Id | null): void {
  outbox.publishEventsOf(aggregate, actorId, (payload) => {
    // The audit log files moderation acts under the school where they happen.
    if (schoolId) payload['schoolId'] = schoolId;
    // A refusal note and a report's reason are words to a pupil or to teachers: they stay in messaging.
    delete payload['note'];
    delete payload['reason'];
  });
}
