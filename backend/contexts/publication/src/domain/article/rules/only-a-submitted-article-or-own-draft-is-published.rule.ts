import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../article-types';

/** Only a submitted article, or the teacher's own draft, is published. (CONFLICT) */
export const onlyASubmittedArticleOrOwnDraftIsPublished = (status: ArticleStatus, isTeachersOwnArticle: boolean): BusinessRule =>
  rule('OnlyASubmittedArticleOrOwnDraftIsPublished', 'CONFLICT', 'Only a submitted article, or the teacher\'s own draft, is published.', () => !(status === 'submitted' || (status === 'draft' && isTeachersOwnArticle)));
