import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ConversationPage,
  DraftView,
  MessagingModerationView,
  RecipientsView,
  SentMessage,
  ThreadView,
  UnreadView,
} from '@preau/contracts';
import {
  listConversationsQuerySchema,
  recipientsQuerySchema,
  refuseMessageRequestSchema,
  replyRequestSchema,
  reportMessageRequestSchema,
  saveDraftRequestSchema,
  startConversationRequestSchema,
} from '@preau/contracts/schemas';
import { DomainError } from '@preau/kernel';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { DeleteDraftCommand } from '../../application/commands/delete-draft/delete-draft.command';
import { MarkConversationReadCommand } from '../../application/commands/mark-conversation-read/mark-conversation-read.command';
import { ModerateMessageCommand } from '../../application/commands/moderate-message/moderate-message.command';
import {
  AUDITED_SENDING_REFUSALS,
  RecordSendingRefusedCommand,
} from '../../application/commands/record-sending-refused/record-sending-refused.command';
import { ReplyCommand } from '../../application/commands/reply/reply.command';
import { ReportMessageCommand } from '../../application/commands/report-message/report-message.command';
import { SaveDraftCommand } from '../../application/commands/save-draft/save-draft.command';
import { StartConversationCommand } from '../../application/commands/start-conversation/start-conversation.command';
import { GetDraftQuery } from '../../application/queries/get-draft/get-draft.query';
import { GetMessagingModerationQuery } from '../../application/queries/get-messaging-moderation/get-messaging-moderation.query';
import { GetThreadQuery } from '../../application/queries/get-thread/get-thread.query';
import { GetUnreadQuery } from '../../application/queries/get-unread/get-unread.query';
import { ListConversationsQuery } from '../../application/queries/list-conversations/list-conversations.query';
import { ListRecipientsQuery } from '../../application/queries/list-recipients/list-recipients.query';

class StartConversationDto extends createZodDto(startConversationRequestSchema) {}
class ReplyDto extends createZodDto(replyRequestSchema) {}
class SaveDraftDto extends createZodDto(saveDraftRequestSchema) {}
class ListConversationsDto extends createZodDto(listConversationsQuerySchema) {}
class RecipientsDto extends createZodDto(recipientsQuerySchema) {}
class RefuseDto extends createZodDto(refuseMessageRequestSchema) {}
class ReportDto extends createZodDto(reportMessageRequestSchema) {}

/** Closed messaging (docs/product/api-conventions.md, messaging routes). Every decision is the application's; this only translates HTTP. */
@ApiTags('messaging')
@Controller()
export class MessagingController {
  constructor(private readonly bus: Bus) {}

  @Get('messaging/recipients')
  @ApiOperation({
    summary:
      'The people I may write to (the communication rules), with ready-made sets such as my class or its families',
  })
  recipients(@CurrentUser() user: AuthenticatedUser, @Query() query: RecipientsDto): Promise<RecipientsView> {
    return this.bus.query(new ListRecipientsQuery(user.id, query.q || undefined));
  }

  @Post('messaging/conversations')
  @ApiOperation({
    summary:
      'Write to people. One refused recipient refuses the whole message (403 RECIPIENT_NOT_ALLOWED naming them); limits answer 429',
  })
  start(@CurrentUser() user: AuthenticatedUser, @Body() body: StartConversationDto): Promise<SentMessage> {
    return this.audited(user, () => this.bus.command(new StartConversationCommand(user.id, body)));
  }

  @Get('messaging/conversations')
  @ApiOperation({ summary: 'A folder (inbox, sent, drafts), newest first, searchable by text' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListConversationsDto): Promise<ConversationPage> {
    return this.bus.query(
      new ListConversationsQuery(user.id, query.folder, {
        q: query.q || undefined,
        cursor: query.cursor,
        limit: query.limit,
      }),
    );
  }

  @Get('messaging/conversations/:id')
  @ApiOperation({ summary: 'A conversation as I may see it; opening it marks what was delivered to me as read' })
  async thread(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ThreadView> {
    const thread = await this.bus.query(new GetThreadQuery(user.id, id));
    // Read is what was shown (a message delivered while this answer was being built stays unread); which of them
    // count (delivered to this person) is the command's to decide.
    await this.bus.command(
      new MarkConversationReadCommand(
        user.id,
        id,
        thread.messages.map((m) => m.id),
      ),
    );
    return thread;
  }

  @Post('messaging/conversations/:id/messages')
  @ApiOperation({
    summary: 'Reply inside a conversation I take part in (in a broadcast, a recipient answers the sender only)',
  })
  reply(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReplyDto,
  ): Promise<SentMessage> {
    return this.audited(user, () => this.bus.command(new ReplyCommand(user.id, id, body)));
  }

  @Get('messaging/unread')
  @ApiOperation({ summary: 'How many messages delivered to me I have not opened' })
  unread(@CurrentUser() user: AuthenticatedUser): Promise<UnreadView> {
    return this.bus.query(new GetUnreadQuery(user.id));
  }

  @Post('messaging/drafts')
  @ApiOperation({ summary: 'Keep a message being written (mine only; nothing is checked until it is sent)' })
  createDraft(@CurrentUser() user: AuthenticatedUser, @Body() body: SaveDraftDto): Promise<DraftView> {
    return this.bus.command(new SaveDraftCommand(user.id, null, body));
  }

  @Get('messaging/drafts/:id')
  @ApiOperation({ summary: 'One of my drafts' })
  draft(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<DraftView> {
    return this.bus.query(new GetDraftQuery(user.id, id));
  }

  @Put('messaging/drafts/:id')
  @ApiOperation({ summary: 'Change one of my drafts' })
  saveDraft(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveDraftDto,
  ): Promise<DraftView> {
    return this.bus.command(new SaveDraftCommand(user.id, id, body));
  }

  @Delete('messaging/drafts/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Throw one of my drafts away' })
  async deleteDraft(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new DeleteDraftCommand(user.id, id));
  }

  @Post('messaging/messages/:id/report')
  @HttpCode(204)
  @ApiOperation({ summary: 'Tell the teachers about a message I received' })
  async report(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportDto,
  ): Promise<void> {
    await this.bus.command(new ReportMessageCommand(user.id, id, body.reason));
  }

  @Post('messaging/messages/:id/approve')
  @HttpCode(204)
  @ApiOperation({ summary: "A teacher of the pupil's class lets a held message through" })
  async approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new ModerateMessageCommand(user.id, id, 'approve'));
  }

  @Post('messaging/messages/:id/refuse')
  @HttpCode(204)
  @ApiOperation({ summary: "A teacher of the pupil's class refuses a held message, with a note to the pupil" })
  async refuse(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RefuseDto,
  ): Promise<void> {
    await this.bus.command(new ModerateMessageCommand(user.id, id, 'refuse', body.note));
  }

  @Post('messaging/messages/:id/hide')
  @HttpCode(204)
  @ApiOperation({ summary: 'A teacher of a pupil taking part hides a message for everyone' })
  async hide(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new ModerateMessageCommand(user.id, id, 'hide'));
  }

  @Get('classes/:classId/messaging/held')
  @ApiOperation({
    summary:
      "The class's moderation queues: pupils' held messages and reported messages, with counts (its teachers only)",
  })
  held(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
  ): Promise<MessagingModerationView> {
    return this.bus.query(new GetMessagingModerationQuery(user.id, classId));
  }

  /** A sending refused for who it goes to, limits or switches is audited (who tried, why; never the text). */
  private async audited<T>(user: AuthenticatedUser, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof DomainError && AUDITED_SENDING_REFUSALS.includes(error.code)) {
        // Recorded once the refused send rolled back (its own transaction). Should that fail, the sender still gets
        // the refusal they earned, never a 500.
        await this.bus
          .command(new RecordSendingRefusedCommand(user.id, error.code, error.details))
          .catch((failure: Error) => {
            new Logger('Messaging').error(`a refused sending could not be audited: ${failure.message}`);
          });
      }
      throw error;
    }
  }
}
