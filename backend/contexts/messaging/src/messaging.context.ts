import { LIVE_EVENT_TYPES, MayReadMessageQuery, MessagingEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { MESSAGING_MIGRATIONS } from './infrastructure/persistence/migrations';
import { MessagingLiveConsumer } from './interface/events/messaging-live.consumer';
import { MessagingModule } from './messaging.module';

/**
 * Closed messaging: moderation acts and refused sendings are audited (never a message's text); messages carry
 * attachments from the media library; deliveries are pushed live (and again by its consumer, the slow path).
 */
export const MESSAGING_CONTEXT = defineContext({
  name: 'messaging',
  module: MessagingModule,
  migrations: MESSAGING_MIGRATIONS,
  events: Object.values(MessagingEvents),
  audited: [
    MessagingEvents.MessageApproved,
    MessagingEvents.MessageRefused,
    MessagingEvents.MessageHidden,
    MessagingEvents.MessageReported,
    MessagingEvents.SendingRefused,
  ],
  consumers: [MessagingLiveConsumer],
  resourceReaders: { messaging: (personId, messageId) => new MayReadMessageQuery(personId, messageId) },
  liveEvents: LIVE_EVENT_TYPES,
});
