import { RegisterMediaUsageCommand } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Bus } from '@preau/platform';
import type { Article } from '../domain';

/**
 * The media context lets readers of the article see its items, in this unit of work (all or nothing).
 * Answers the items kept: one deleted since the last save (among `previous`) drops out of the list.
 */
export async function registerArticleMedia(
  bus: Bus,
  actorId: Id,
  article: Article,
  previous: readonly Id[] = [],
): Promise<Id[]> {
  const { mediaIds } = await bus.command(
    new RegisterMediaUsageCommand(actorId, { context: 'publication', resourceId: article.id }, [...article.mediaIds], {
      classId: article.classId,
      previous,
    }),
  );
  return mediaIds;
}
