import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type ConversationPage,
  type ConversationSummary,
  type DraftView,
  ErrorCodes,
  MayReadMessageQuery,
  type MediaItemView,
  type MessagingModerationView,
  type ModeratedMessageView,
  type ParticipantView,
  type RecipientsView,
  type ThreadMessageView,
  type ThreadView,
  type UnreadView,
  ViewResourceMediaQuery,
} from '@preau/contracts';
import { checkRule, DomainError, type Id } from '@preau/kernel';
import { Bus, decodeKeysetCursor, encodeKeysetCursor, requireClassAction } from '@preau/platform';
import { defaultAddressees, Message, onlyATeacherOfTheClassModerates, participantsSeenBy, viewMessage } from '../../domain';
import { draftView } from '../commands/draft.handlers';
import { MessagingPeople } from '../messaging-people';
import { namedOnly, participantView } from '../participant-views';
import { DRAFT_REPOSITORY, type DraftRepository } from '../ports/messaging.repositories';
import { type ConversationRow, MESSAGING_READ_MODEL, type MessagingReadModel, type ModeratedMessageRow } from '../ports/messaging-read-model';
import { GetDraftQuery, GetMessagingModerationQuery, GetThreadQuery, GetUnreadQuery, ListConversationsQuery, ListRecipientsQuery } from './messaging.queries';

const UNKNOWN_PERSON = (id: Id): ParticipantView => ({ id, displayName: '', role: 'PUPIL', context: '' });

function summary(row: ConversationRow, viewerId: Id): ConversationSummary {
  const seen = new Set(participantsSeenBy({ kind: row.kind, createdBy: row.createdBy, participantIds: [viewerId, ...row.participants.map((p) => p.id)] }, viewerId));
  const participants = row.participants.filter((p) => seen.has(p.id));
  return { id: row.id, subject: row.subject, kind: row.kind, participants, unread: row.unread, lastMessage: row.lastMessage, hasAttachments: row.hasAttachments };
}

/** The attachments of these messages as `viewerId` may see them, by message (asked of the media context once). */
async function mediaOf(bus: Bus, viewerId: Id, messageIds: readonly Id[]): Promise<Record<Id, MediaItemView[]>> {
  return messageIds.length > 0 ? bus.query<Record<Id, MediaItemView[]>>(new ViewResourceMediaQuery(viewerId, 'messaging', [...messageIds])) : {};
}

@QueryHandler(ListConversationsQuery)
export class ListConversationsHandler implements IQueryHandler<ListConversationsQuery, ConversationPage> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ viewerId, folder, options }: ListConversationsQuery): Promise<ConversationPage> {
    const after = options.cursor ? decodeKeysetCursor(options.cursor) : undefined;
    if (after === null) throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'The cursor is not valid.', { errors: [{ field: 'cursor', message: 'Not a cursor of this list.' }] });
    const page = folder === 'drafts'
      ? await this.read.drafts(viewerId, { q: options.q, after, limit: options.limit })
      : await this.read.folder(viewerId, folder, { q: options.q, after, limit: options.limit });
    if (folder === 'drafts') {
      // A draft stores whom it is for; their names come from the directory (someone gone drops out).
      const known = await this.people.describeWritable(viewerId, [...new Set(page.rows.flatMap((r) => r.participants.map((p) => p.id)))]);
      for (const row of page.rows) row.participants = namedOnly(row.participants.map((p) => p.id), known);
    }
    return { items: page.rows.map((row) => summary(row, viewerId)), nextCursor: page.next ? encodeKeysetCursor(page.next.at, page.next.id) : null };
  }
}

@QueryHandler(GetThreadQuery)
export class GetThreadHandler implements IQueryHandler<GetThreadQuery, ThreadView> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
    private readonly bus: Bus,
  ) {}

  async execute({ viewerId, conversationId }: GetThreadQuery): Promise<ThreadView> {
    const thread = await this.read.thread(conversationId);
    const participantIds = thread?.participants.map((p) => p.id) ?? [];
    // Administrators never read conversations: they are never in one, so they get 404 like anyone outside it.
    if (!thread || !participantIds.includes(viewerId)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such conversation.');
    const [viewer] = await this.people.describe([viewerId]);
    const shape = { kind: thread.kind, createdBy: thread.createdBy, participantIds };
    const seen = new Set(participantsSeenBy(shape, viewerId));
    const byId = new Map(thread.participants.map((p) => [p.id, p]));
    const visible = thread.messages.flatMap(({ state, pupilClassIds }) => {
      const view = viewMessage(Message.restore(state), viewerId);
      return view ? [{ state, view, pupilClassIds }] : [];
    });
    // Someone written to in a message still held (or refused) does not learn the conversation exists.
    if (visible.length === 0) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such conversation.');
    const media = await mediaOf(this.bus, viewerId, visible.filter((m) => m.view.attachmentIds.length > 0).map((m) => m.state.id));
    const teaches = new Set(viewer?.taughtClassIds ?? []);
    const messages: ThreadMessageView[] = visible.map(({ state, view: v, pupilClassIds }) => {
      const deliveredAt = state.deliveredAt;
      const person = byId.get(v.authorId);
      const isAuthor = v.authorId === viewerId;
      const reportedByMe = state.reports.some((r) => r.by === viewerId);
      return {
        id: v.id,
        author: person ? participantView(person) : UNKNOWN_PERSON(v.authorId),
        body: v.body,
        sentAt: v.sentAt.toISOString(),
        status: v.status,
        recipientIds: state.recipientIds.filter((id) => seen.has(id)),
        attachments: media[v.id] ?? [],
        moderationNote: v.moderationNote,
        ...(isAuthor && deliveredAt
          ? {
              readBy: state.recipientIds.flatMap((id) => {
                const readAt = byId.get(id)?.lastReadAt;
                return readAt && readAt >= deliveredAt ? [{ personId: id, readAt: readAt.toISOString() }] : [];
              }),
            }
          : {}),
        reportedByMe,
        permissions: {
          report: !isAuthor && v.status === 'delivered' && state.recipientIds.includes(viewerId) && !reportedByMe,
          hide: v.status === 'delivered' && pupilClassIds.some((c) => teaches.has(c)),
        },
      };
    });
    return {
      id: thread.id,
      subject: thread.subject,
      kind: thread.kind,
      createdBy: thread.createdBy,
      participants: thread.participants.filter((p) => seen.has(p.id)).map(participantView),
      messages,
      canReply: viewer?.messagingOn ?? false,
      replyTo: defaultAddressees(shape, viewerId),
    };
  }
}

@QueryHandler(ListRecipientsQuery)
export class ListRecipientsHandler implements IQueryHandler<ListRecipientsQuery, RecipientsView> {
  constructor(private readonly people: MessagingPeople) {}

  async execute({ viewerId, q }: ListRecipientsQuery): Promise<RecipientsView> {
    // Someone for whom messaging is off is offered no one (the send would be refused anyway).
    await this.people.sender(viewerId);
    const [people, groups] = await Promise.all([this.people.allowedRecipients(viewerId, q), q ? Promise.resolve([]) : this.people.groups(viewerId)]);
    return { people: people.map((p) => ({ ...participantView(p), classes: p.classes })), groups };
  }
}

@QueryHandler(GetMessagingModerationQuery)
export class GetMessagingModerationHandler implements IQueryHandler<GetMessagingModerationQuery, MessagingModerationView> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
    private readonly bus: Bus,
  ) {}

  async execute({ viewerId, classId }: GetMessagingModerationQuery): Promise<MessagingModerationView> {
    const access = await this.people.classAccess(viewerId, classId);
    requireClassAction(access, 'messaging.use');
    checkRule(onlyATeacherOfTheClassModerates(access.relations));
    const [held, reported] = await Promise.all([this.read.held(classId), this.read.reported(classId)]);
    const media = await mediaOf(this.bus, viewerId, [...held, ...reported].filter((m) => m.attachmentIds.length > 0).map((m) => m.id));
    const view = (row: ModeratedMessageRow): ModeratedMessageView => {
      const byId = new Map(row.participants.map((p) => [p.id, p]));
      const person = (id: Id) => byId.get(id) ?? UNKNOWN_PERSON(id);
      return {
        id: row.id,
        conversationId: row.conversationId,
        subject: row.subject,
        author: person(row.authorId),
        recipients: row.recipientIds.map(person),
        body: row.body,
        sentAt: row.sentAt.toISOString(),
        status: row.status,
        attachments: media[row.id] ?? [],
        reports: row.reports.map((r) => ({ by: person(r.by), reason: r.reason, at: r.at.toISOString() })),
      };
    };
    return { classId, held: held.map(view), reported: reported.map(view), counts: { held: held.length, reported: reported.length } };
  }
}

@QueryHandler(GetDraftQuery)
export class GetDraftHandler implements IQueryHandler<GetDraftQuery, DraftView> {
  constructor(
    @Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ viewerId, draftId }: GetDraftQuery): Promise<DraftView> {
    const draft = await this.drafts.byId(draftId);
    if (!draft || draft.authorId !== viewerId) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such draft.');
    return draftView(draft, await this.people.describeWritable(viewerId, draft.recipientIds));
  }
}

@QueryHandler(GetUnreadQuery)
export class GetUnreadHandler implements IQueryHandler<GetUnreadQuery, UnreadView> {
  constructor(@Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel) {}

  async execute({ viewerId }: GetUnreadQuery): Promise<UnreadView> {
    return { total: await this.read.unreadTotal(viewerId) };
  }
}

/** The media context asks before showing an attachment: the message's readers, and the teachers moderating it. */
@QueryHandler(MayReadMessageQuery)
export class MayReadMessageHandler implements IQueryHandler<MayReadMessageQuery, { allowed: boolean }> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ personId, messageId }: MayReadMessageQuery): Promise<{ allowed: boolean }> {
    if (await this.read.mayRead(personId, messageId)) return { allowed: true };
    const [person] = await this.people.describe([personId]);
    if (!person || person.taughtClassIds.length === 0) return { allowed: false };
    return { allowed: await this.read.inModerationOf(messageId, person.taughtClassIds) };
  }
}
