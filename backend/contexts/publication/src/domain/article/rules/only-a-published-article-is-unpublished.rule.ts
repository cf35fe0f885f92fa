import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../article-types';

/** Only a published article is unpublished. (CONFLICT) */
export const onlyAPublishedArticleIsUnpublished = (status: ArticleStatus): BusinessRule =>
  rule('OnlyAPublishedArticleIsUnpublished', 'CONFLICT', 'Only a published article is unpublished.', () => status !== 'published');
