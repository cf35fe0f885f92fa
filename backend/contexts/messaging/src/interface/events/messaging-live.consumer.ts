import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type EventType, type IntegrationEvent, isEvent, MessagingEvents } from '@preau/contracts';
import type { IntegrationEventConsumer } from '@preau/platform';
import { LiveDelivery } from '../../application/live-delivery';
import { MessagingPeople } from '../../application/messaging-people';

const HANDLED: readonly EventType<object>[] = [
  MessagingEvents.MessageSent,
  MessagingEvents.MessageHeld,
  MessagingEvents.MessageApproved,
  MessagingEvents.MessageRefused,
];

/**
 * The slow path of live delivery, in the worker: from the outbox, the same live entries the API appends
 * right after its commit. Should the API process die in between, open browsers still hear of the message
 * (a second or so later); otherwise the entries' keys make this a no-op.
 */
@Injectable()
export class MessagingLiveConsumer implements IntegrationEventConsumer {
  static readonly consumerName = 'messaging-live';

  constructor(
    private readonly delivery: LiveDelivery,
    private readonly people: MessagingPeople,
    private readonly em: EntityManager,
  ) {}

  handles(event: IntegrationEvent): boolean {
    return HANDLED.some((declared) => isEvent(event, declared));
  }

  /** In a request context of its own, as an HTTP request has: the read model never touches the global EntityManager. */
  handle(event: IntegrationEvent): Promise<void> {
    return RequestContext.create(this.em, () => this.deliver(event));
  }

  private async deliver(event: IntegrationEvent): Promise<void> {
    const messageId = String(event.payload['messageId'] ?? '');
    if (!messageId) return;
    if (isEvent(event, MessagingEvents.MessageSent)) {
      await this.delivery.messagesDelivered([messageId]);
      return;
    }
    // Held, approved, refused: the teachers of the class it is (or was) held in see their queue change, even if its
    // author has changed class since.
    const classId = String(event.payload['classId'] ?? '');
    if (!classId) return;
    const status = isEvent(event, MessagingEvents.MessageHeld)
      ? 'held'
      : isEvent(event, MessagingEvents.MessageApproved)
        ? 'delivered'
        : 'refused';
    await this.delivery.heldQueueChanged(classId, await this.people.teachersOf(classId), { messageId, status });
  }
}
