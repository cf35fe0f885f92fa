import { type ModerationQueueView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class GetModerationQueueQuery extends Query<ModerationQueueView> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
  ) {
    super();
  }
}
