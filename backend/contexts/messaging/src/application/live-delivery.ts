import { Inject, Injectable } from '@nestjs/common';
import type { HeldQueueLiveEvent, MessageReceivedLiveEvent, UnreadChangedLiveEvent } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { LIVE_PUSH, type LivePush, type LivePushEntry } from './ports/live-push.port';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from './ports/messaging-read-model';

/**
 * Tells open browsers what changed, through the platform's stored log of live events. Runs right after a
 * command commits (fast path) and again from the outbox consumer (slow path, should the API process die in
 * between): every entry carries a key, so the log holds it once whichever path comes first.
 */
@Injectable()
export class LiveDelivery {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    @Inject(LIVE_PUSH) private readonly push: LivePush,
  ) {}

  /** `message.received` to every recipient of these (delivered) messages, with their unread counts now. */
  async messagesDelivered(messageIds: readonly Id[]): Promise<void> {
    if (messageIds.length === 0) return;
    const deliveries = await this.read.deliveries(messageIds);
    const entries: LivePushEntry[] = deliveries.flatMap((d) =>
      d.recipients.map((r) => ({
        personId: r.personId,
        type: 'message.received',
        key: `message.received:${d.messageId}:${r.personId}`,
        data: {
          conversationId: d.conversationId,
          messageId: d.messageId,
          authorId: d.authorId,
          unread: { conversation: r.unreadInConversation, total: r.unreadTotal },
        } satisfies MessageReceivedLiveEvent,
      })),
    );
    if (entries.length > 0) await this.push.append(entries);
  }

  /** `messaging.held` to the teachers of the class: their held queue changed because of this message. */
  async heldQueueChanged(classId: Id, teacherIds: readonly Id[], cause: { messageId: Id; status: string }): Promise<void> {
    if (teacherIds.length === 0) return;
    const held = await this.read.heldCount(classId);
    await this.push.append(
      teacherIds.map((personId) => ({
        personId,
        type: 'messaging.held',
        key: `messaging.held:${cause.messageId}:${cause.status}:${personId}`,
        data: { classId, held } satisfies HeldQueueLiveEvent,
      })),
    );
  }

  /** `messaging.unread` to the reader's other open browsers: they read something here. */
  async unreadChanged(personId: Id): Promise<void> {
    const total = await this.read.unreadTotal(personId);
    await this.push.append([{ personId, type: 'messaging.unread', data: { total } satisfies UnreadChangedLiveEvent }]);
  }
}
