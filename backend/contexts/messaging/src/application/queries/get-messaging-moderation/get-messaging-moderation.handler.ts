import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MessagingModerationView, ModeratedMessageView } from '@preau/contracts';
import { checkRule, type Id } from '@preau/kernel';
import { Bus, CLASS_ACCESS, type ClassAccessPort, checkClassAction } from '@preau/platform';
import { onlyATeacherOfTheClassModerates } from '../../../domain';
import { attachmentsOf } from '../../message-attachments';
import { unknownPerson } from '../../participant-views';
import {
  MESSAGING_READ_MODEL,
  type MessagingReadModel,
  type ModeratedMessageRow,
} from '../../ports/messaging-read-model';
import { GetMessagingModerationQuery } from './get-messaging-moderation.query';

@QueryHandler(GetMessagingModerationQuery)
export class GetMessagingModerationHandler
  implements IQueryHandler<GetMessagingModerationQuery, MessagingModerationView>
{
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    @Inject(CLASS_ACCESS) private readonly access: ClassAccessPort,
    private readonly bus: Bus,
  ) {}

  async execute({ viewerId, classId }: GetMessagingModerationQuery): Promise<MessagingModerationView> {
    const access = await checkClassAction(this.access, viewerId, classId, 'messaging.use');
    checkRule(onlyATeacherOfTheClassModerates(access.relations));
    const [held, reported] = await Promise.all([this.read.held(classId), this.read.reported(classId)]);
    const media = await attachmentsOf(
      this.bus,
      viewerId,
      [...held, ...reported].filter((m) => m.attachmentIds.length > 0).map((m) => m.id),
    );
    const view = (row: ModeratedMessageRow): ModeratedMessageView => {
      const byId = new Map(row.participants.map((p) => [p.id, p]));
      const person = (id: Id) => byId.get(id) ?? unknownPerson(id);
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
    return {
      classId,
      held: held.map(view),
      reported: reported.map(view),
      counts: { held: held.length, reported: reported.length },
    };
  }
}
