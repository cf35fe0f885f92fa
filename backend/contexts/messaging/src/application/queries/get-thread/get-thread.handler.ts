import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErrorCodes, type ThreadMessageView, type ThreadView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { defaultAddressees, participantsSeenBy, viewMessage } from '../../../domain';
import { attachmentsOf } from '../../message-attachments';
import { MessagingPeople } from '../../messaging-people';
import { participantView, unknownPerson } from '../../participant-views';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';
import { GetThreadQuery } from './get-thread.query';

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
    if (!thread || !participantIds.includes(viewerId))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'No such conversation.');
    const [viewer] = await this.people.describe([viewerId]);
    const shape = { kind: thread.kind, createdBy: thread.createdBy, participantIds };
    const seen = new Set(participantsSeenBy(shape, viewerId));
    const byId = new Map(thread.participants.map((p) => [p.id, p]));
    const visible = thread.messages.flatMap((state) => {
      const view = viewMessage(state, viewerId);
      return view ? [{ state, view }] : [];
    });
    // Someone written to in a message still held (or refused) does not learn the conversation exists.
    if (visible.length === 0) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such conversation.');
    const media = await attachmentsOf(
      this.bus,
      viewerId,
      visible.filter((m) => m.view.attachmentIds.length > 0).map((m) => m.state.id),
    );
    const teaches = new Set(viewer?.taughtClassIds ?? []);
    const messages: ThreadMessageView[] = visible.map(({ state, view: v }) => {
      const deliveredAt = state.deliveredAt;
      const person = byId.get(v.authorId);
      const isAuthor = v.authorId === viewerId;
      const reportedByMe = state.reports.some((r) => r.by === viewerId);
      return {
        id: v.id,
        author: person ? participantView(person) : unknownPerson(v.authorId),
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
          hide: v.status === 'delivered' && state.pupilClassIds.some((c) => teaches.has(c)),
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
