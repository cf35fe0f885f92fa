import { Module } from '@nestjs/common';
import { LiveEvents } from '@preau/platform';
import { SendingLimits } from './domain';
import { DeleteDraftHandler, SaveDraftHandler } from './application/commands/draft.handlers';
import { MarkConversationReadHandler, ModerateMessageHandler, ReportMessageHandler } from './application/commands/moderation.handlers';
import { RecordSendingRefusedHandler, ReplyHandler, SENDING_LIMITS, StartConversationHandler } from './application/commands/send.handlers';
import { LiveDelivery } from './application/live-delivery';
import { MessagingPeople } from './application/messaging-people';
import { LIVE_PUSH } from './application/ports/live-push.port';
import { MESSAGING_READ_MODEL } from './application/ports/messaging-read-model';
import { CONVERSATION_REPOSITORY, DRAFT_REPOSITORY, MESSAGE_REPOSITORY } from './application/ports/messaging.repositories';
import {
  GetDraftHandler,
  GetMessagingModerationHandler,
  GetThreadHandler,
  GetUnreadHandler,
  ListConversationsHandler,
  ListRecipientsHandler,
  MayReadMessageHandler,
} from './application/queries/messaging.query-handlers';
import { sendingLimitsFromEnv } from './infrastructure/sending-limits.config';
import { SqlMessagingReadModel } from './infrastructure/persistence/sql-messaging-read-model';
import { SqlConversationRepository, SqlDraftRepository, SqlMessageRepository } from './infrastructure/persistence/sql-messaging.repositories';
import { MessagingLiveConsumer } from './interface/events/messaging-live.consumer';
import { MessagingController } from './interface/http/messaging.controller';

/** Closed messaging: conversations and broadcasts under the communication rules, moderation, limits, live delivery. */
@Module({
  controllers: [MessagingController],
  providers: [
    { provide: CONVERSATION_REPOSITORY, useClass: SqlConversationRepository },
    { provide: MESSAGE_REPOSITORY, useClass: SqlMessageRepository },
    { provide: DRAFT_REPOSITORY, useClass: SqlDraftRepository },
    { provide: MESSAGING_READ_MODEL, useClass: SqlMessagingReadModel },
    { provide: LIVE_PUSH, useExisting: LiveEvents },
    { provide: SENDING_LIMITS, useFactory: () => new SendingLimits(sendingLimitsFromEnv(process.env)) },
    MessagingPeople,
    LiveDelivery,
    MessagingLiveConsumer,
    StartConversationHandler,
    ReplyHandler,
    RecordSendingRefusedHandler,
    ModerateMessageHandler,
    ReportMessageHandler,
    MarkConversationReadHandler,
    SaveDraftHandler,
    DeleteDraftHandler,
    ListConversationsHandler,
    GetThreadHandler,
    ListRecipientsHandler,
    GetMessagingModerationHandler,
    GetDraftHandler,
    GetUnreadHandler,
    MayReadMessageHandler,
  ],
  exports: [MessagingLiveConsumer],
})
export class MessagingModule {}
