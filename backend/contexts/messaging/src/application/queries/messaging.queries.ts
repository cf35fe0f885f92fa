import type { MessagingFolder } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → ConversationPage */
export class ListConversationsQuery {
  constructor(
    readonly viewerId: Id,
    readonly folder: MessagingFolder,
    readonly options: { q?: string; cursor?: string; limit: number },
  ) {}
}

/** → ThreadView (404 for someone outside the conversation) */
export class GetThreadQuery {
  constructor(
    readonly viewerId: Id,
    readonly conversationId: Id,
  ) {}
}

/** → RecipientsView: exactly the people (and ready-made sets) the directory lets the viewer write to. */
export class ListRecipientsQuery {
  constructor(
    readonly viewerId: Id,
    readonly q?: string,
  ) {}
}

/** → MessagingModerationView (the class's teachers only) */
export class GetMessagingModerationQuery {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
  ) {}
}

/** → DraftView (its author only) */
export class GetDraftQuery {
  constructor(
    readonly viewerId: Id,
    readonly draftId: Id,
  ) {}
}

/** → UnreadView */
export class GetUnreadQuery {
  constructor(readonly viewerId: Id) {}
}
