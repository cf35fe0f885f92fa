import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { LiveEvents } from '@preau/platform';
import { CONVERSATION_REPOSITORY, DRAFT_REPOSITORY, MESSAGE_REPOSITORY, SendingLimits } from './domain';
import { DeleteDraftHandler } from './application/commands/delete-draft/delete-draft.handler';
import { MarkConversationReadHandler } from './application/commands/mark-conversation-read/mark-conversation-read.handler';
import { ModerateMessageHandler } from './application/commands/moderate-message/moderate-message.handler';
import { RecordSendingRefusedHandler } from './application/commands/record-sending-refused/record-sending-refused.handler';
import { ReplyHandler } from './application/commands/reply/reply.handler';
import { ReportMessageHandler } from './application/commands/report-message/report-message.handler';
import { SaveDraftHandler } from './application/commands/save-draft/save-draft.handler';
import { StartConversationHandler } from './application/commands/start-conversation/start-conversation.handler';
import { LiveDelivery } from './application/live-delivery';
import { MessageSending, SENDING_LIMITS } from './application/message-sending';
import { MessagingPeople } from './application/messaging-people';
import { LIVE_PUSH } from './application/ports/live-push.port';
import { MESSAGING_READ_MODEL } from './application/ports/messaging-read-model';
import { SEND_RATE_WINDOW } from './application/ports/send-rate-window.port';
import { GetDraftHandler } from './application/queries/get-draft/get-draft.handler';
import { GetMessagingModerationHandler } from './application/queries/get-messaging-moderation/get-messaging-moderation.handler';
import { GetThreadHandler } from './application/queries/get-thread/get-thread.handler';
import { GetUnreadHandler } from './application/queries/get-unread/get-unread.handler';
import { ListConversationsHandler } from './application/queries/list-conversations/list-conversations.handler';
import { ListRecipientsHandler } from './application/queries/list-recipients/list-recipients.handler';
import { MayReadMessageHandler } from './application/queries/may-read-message/may-read-message.handler';
import { DraftSchema } from './infrastructure/persistence/draft.schema';
import { MikroOrmDraftRepository } from './infrastructure/persistence/mikro-orm-draft.repository';
import { ConversationSchema } from './infrastructure/persistence/conversation.schema';
import { MikroOrmConversationRepository } from './infrastructure/persistence/mikro-orm-conversation.repository';
import { ParticipantSchema } from './infrastructure/persistence/participant.schema';
import { MessageRecipientSchema } from './infrastructure/persistence/message-recipient.schema';
import { MessageReportSchema } from './infrastructure/persistence/message-report.schema';
import { MessageSchema } from './infrastructure/persistence/message.schema';
import { MikroOrmMessageRepository } from './infrastructure/persistence/mikro-orm-message.repository';
import { SqlMessagingReadModel } from './infrastructure/persistence/sql-messaging-read-model';
import { SqlSendRateWindow } from './infrastructure/persistence/sql-send-rate-window';
import { sendingLimitsFromEnv } from './infrastructure/sending-limits.config';
import { MessagingLiveConsumer } from './interface/events/messaging-live.consumer';
import { MessagingController } from './interface/http/messaging.controller';

/** Closed messaging: conversations and broadcasts under the communication rules, moderation, limits, live delivery. */
@Module({
  imports: [
    MikroOrmModule.forFeature([
      ConversationSchema,
      ParticipantSchema,
      MessageSchema,
      MessageRecipientSchema,
      MessageReportSchema,
      DraftSchema,
    ]),
  ],
  controllers: [MessagingController],
  providers: [
    { provide: CONVERSATION_REPOSITORY, useClass: MikroOrmConversationRepository },
    { provide: MESSAGE_REPOSITORY, useClass: MikroOrmMessageRepository },
    { provide: DRAFT_REPOSITORY, useClass: MikroOrmDraftRepository },
    { provide: SEND_RATE_WINDOW, useClass: SqlSendRateWindow },
    { provide: MESSAGING_READ_MODEL, useClass: SqlMessagingReadModel },
    { provide: LIVE_PUSH, useExisting: LiveEvents },
    { provide: SENDING_LIMITS, useFactory: () => new SendingLimits(sendingLimitsFromEnv(process.env)) },
    MessagingPeople,
    MessageSending,
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
