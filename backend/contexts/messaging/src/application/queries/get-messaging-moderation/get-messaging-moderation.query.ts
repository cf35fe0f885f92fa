import { type MessagingModerationView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → MessagingModerationView (the class's teachers only) */
export class GetMessagingModerationQuery extends Query<MessagingModerationView> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
  ) {
    super();
  }
}
