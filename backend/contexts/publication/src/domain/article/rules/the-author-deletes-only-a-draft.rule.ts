import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Actor } from '../../actor';
import type { ArticleStatus } from '../article-types';

/** Its author deletes an article only while it is a draft. (CONFLICT) */
export const theAuthorDeletesOnlyADraft = (authorId: Id, status: ArticleStatus, by: Actor): BusinessRule =>
  rule('TheAuthorDeletesOnlyADraft', 'CONFLICT', 'Its author deletes an article only while it is a draft.', () => !by.isClassTeacher && by.id === authorId && status !== 'draft');
