import type { MediaUsageContext } from './media';
import { MayReadMessageQuery } from './messaging';
import { MayReadArticleQuery } from './publication';

/**
 * The question "may P read resource R?" for each context whose resources use media items: the media
 * context asks it before showing an item through a usage. Each query answers `{ allowed: boolean }`.
 */
export function mayReadResourceQuery(context: MediaUsageContext, personId: string, resourceId: string): object {
  switch (context) {
    case 'publication':
      return new MayReadArticleQuery(personId, resourceId);
    case 'messaging':
      return new MayReadMessageQuery(personId, resourceId);
  }
}
