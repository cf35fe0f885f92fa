import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../article-types';

/** Only a submitted article is sent back. (CONFLICT) */
export const onlyASubmittedArticleIsSentBack = (status: ArticleStatus): BusinessRule =>
  rule('OnlyASubmittedArticleIsSentBack', 'CONFLICT', 'Only a submitted article is sent back.', () => status !== 'submitted');
