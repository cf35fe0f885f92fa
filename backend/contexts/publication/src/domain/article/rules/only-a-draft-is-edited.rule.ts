import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../article-types';

/** An article is edited only while it is a draft. (CONFLICT) */
export const onlyADraftIsEdited = (status: ArticleStatus): BusinessRule =>
  rule('OnlyADraftIsEdited', 'CONFLICT', 'An article is edited only while it is a draft.', () => status !== 'draft');
