import { type ConversationPage, type MessagingFolder, Query } from '@preau/contracts';
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
