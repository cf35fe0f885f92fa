import { type MediaItemView, ViewResourceMediaQuery } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Bus } from '@preau/platform';

/** The attachments of these messages as `viewerId` may see them, by message (asked of the media context once). */
export async function attachmentsOf(
  bus: Bus,
  viewerId: Id,
  messageIds: readonly Id[],
): Promise<Record<Id, MediaItemView[]>> {
  return messageIds.length > 0 ? bus.query(new ViewResourceMediaQuery(viewerId, 'messaging', [...messageIds])) : {};
}
