import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../../article/article-types';

/** Only a published article is commented. (CONFLICT) */
export const onlyAPublishedArticleIsCommented = (articleStatus: ArticleStatus): BusinessRule =>
  rule('OnlyAPublishedArticleIsCommented', 'CONFLICT', 'Only a published article is commented.', () => articleStatus !== 'published');
