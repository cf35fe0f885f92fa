import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ConversationPage, type ConversationSummary, ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { decodeKeysetCursor, encodeKeysetCursor } from '@preau/platform';
import { participantsSeenBy } from '../../../domain';
import { MessagingPeople } from '../../messaging-people';
import { namedOnly } from '../../participant-views';
import { type ConversationRow, MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';
import { ListConversationsQuery } from './list-conversations.query';

function summary(row: ConversationRow, viewerId: Id): ConversationSummary {
  const seen = new Set(
    participantsSeenBy(
      { kind: row.kind, createdBy: row.createdBy, participantIds: [viewerId, ...row.participants.map((p) => p.id)] },
      viewerId,
    ),
  );
  const participants = row.participants.filter((p) => seen.has(p.id));
  return {
    id: row.id,
    subject: row.subject,
    kind: row.kind,
    participants,
    unread: row.unread,
    lastMessage: row.lastMessage,
    hasAttachments: row.hasAttachments,
  };
}

@QueryHandler(ListConversationsQuery)
export class ListConversationsHandler implements IQueryHandler<ListConversationsQuery, ConversationPage> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ viewerId, folder, options }: ListConversationsQuery): Promise<ConversationPage> {
    const after = options.cursor ? decodeKeysetCursor(options.cursor) : undefined;
    if (after === null)
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'The cursor is not valid.', {
        errors: [{ field: 'cursor', message: 'Not a cursor of this list.' }],
      });
    const page =
      folder === 'drafts'
        ? await this.read.drafts(viewerId, { q: options.q, after, limit: options.limit })
        : await this.read.folder(viewerId, folder, { q: options.q, after, limit: options.limit });
    if (folder === 'drafts') {
      // A draft stores whom it is for; their names come from the directory (someone gone drops out).
      const known = await this.people.describeWritable(viewerId, [
        ...new Set(page.rows.flatMap((r) => r.participants.map((p) => p.id))),
      ]);
      for (const row of page.rows)
        row.participants = namedOnly(
          row.participants.map((p) => p.id),
          known,
        );
    }
    return {
      items: page.rows.map((row) => summary(row, viewerId)),
      nextCursor: page.next ? encodeKeysetCursor(page.next.at, page.next.id) : null,
    };
  }
}
