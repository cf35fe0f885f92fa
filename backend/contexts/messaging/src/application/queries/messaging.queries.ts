import type { UnreadView } from '@preau/contracts';
import type { DraftView } from '@preau/contracts';
import type { MessagingModerationView } from '@preau/contracts';
import type { RecipientsView } from '@preau/contracts';
import type { ThreadView } from '@preau/contracts';
import { Query } from '@preau/contracts';
import type { ConversationPage } from '@preau/contracts';
import type { MessagingFolder } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → ConversationPage */
export class ListConversationsQuery extends Query<ConversationPage> {
  constructor(
    readonly viewerId: Id,
    readonly folder: MessagingFolder,
    readonly options: { q?: string; cursor?: string; limit: number },
  ) {
    super();
  }
}

/** → ThreadView (404 for someone outside the conversation) */
export class GetThreadQuery extends Query<ThreadView> {
  constructor(
    readonly viewerId: Id,
    readonly conversationId: Id,
  ) {
    super();
  }
}

/** → RecipientsView: exactly the people (and ready-made sets) the directory lets the viewer write to. */
export class ListRecipientsQuery extends Query<RecipientsView> {
  constructor(
    readonly viewerId: Id,
    readonly q?: string,
  ) {
    super();
  }
}

/** → MessagingModerationView (the class's teachers only) */
export class GetMessagingModerationQuery extends Query<MessagingModerationView> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
  ) {
    super();
  }
}

/** → DraftView (its author only) */
export class GetDraftQuery extends Query<DraftView> {
  constructor(
    readonly viewerId: Id,
    readonly draftId: Id,
  ) {
    super();
  }
}

/** → UnreadView */
export class GetUnreadQuery extends Query<UnreadView> {
  constructor(readonly viewerId: Id) {
    super();
  }
}
