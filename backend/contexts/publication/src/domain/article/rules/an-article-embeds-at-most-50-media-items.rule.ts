import { type BusinessRule, rule } from '@preau/kernel';
import { MEDIA_MAX_ITEMS } from '../article-types';

/** An article embeds at most 50 media items. (VALIDATION_FAILED) */
export const anArticleEmbedsAtMost50MediaItems = (mediaIds: readonly string[]): BusinessRule =>
  rule('AnArticleEmbedsAtMost50MediaItems', 'VALIDATION_FAILED', 'An article embeds at most 50 media items.', () => mediaIds.length > MEDIA_MAX_ITEMS, 'mediaIds');
