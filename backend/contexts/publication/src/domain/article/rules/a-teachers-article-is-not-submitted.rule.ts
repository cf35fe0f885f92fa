import { type BusinessRule, rule } from '@preau/kernel';
import type { AuthorRole } from '../article-types';

/** A teacher's article is published directly, not submitted. (CONFLICT) */
export const aTeachersArticleIsNotSubmitted = (authorRole: AuthorRole): BusinessRule =>
  rule('ATeachersArticleIsNotSubmitted', 'CONFLICT', 'A teacher\'s article is published directly, not submitted.', () => authorRole === 'TEACHER');
