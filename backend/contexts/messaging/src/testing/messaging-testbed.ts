import { FixedClock } from '@preau/kernel';
import { FakeBus, FakeClassAccess, recordingOutbox } from '@preau/platform/testing';
import { LiveDelivery } from '../application/live-delivery';
import { MessageSending } from '../application/message-sending';
import { MessagingPeople } from '../application/messaging-people';
import type { LivePushEntry } from '../application/ports/live-push.port';
import { SendingLimits, type SendingLimitsConfig } from '../domain';
import { FakeDirectory } from './fake-directory';
import { FakeMessagingReadModel } from './fake-messaging-read-model';
import { InMemoryConversationRepository } from './in-memory-conversation.repository';
import { InMemoryDraftRepository } from './in-memory-draft.repository';
import { InMemoryMessageRepository } from './in-memory-message.repository';
import { InMemorySendRateWindow } from './in-memory-send-rate-window';

/**
 * Everything a messaging handler depends on, in memory: the directory and media answer through a FakeBus,
 * class access through FakeClassAccess, the outbox records, live entries are collected in `pushed`.
 */
export function messagingTestbed(limits?: SendingLimitsConfig) {
  const clock = new FixedClock(new Date('2026-12-07T09:00:00Z'));
  const bus = new FakeBus();
  const directory = new FakeDirectory();
  directory.answerOn(bus);
  const { outbox, published } = recordingOutbox(clock);
  const read = new FakeMessagingReadModel();
  const pushed: LivePushEntry[] = [];
  const delivery = new LiveDelivery(read, { append: async (entries) => void pushed.push(...entries) });
  const window = new InMemorySendRateWindow();
  return {
    clock,
    bus,
    directory,
    outbox,
    published,
    read,
    pushed,
    delivery,
    window,
    people: new MessagingPeople(bus.asBus()),
    sending: new MessageSending(new SendingLimits(limits), window, delivery, bus.asBus()),
    access: new FakeClassAccess(),
    conversations: new InMemoryConversationRepository(),
    messages: new InMemoryMessageRepository(),
    drafts: new InMemoryDraftRepository(),
  };
}

export type MessagingTestbed = ReturnType<typeof messagingTestbed>;
