import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only its author edits an article. (FORBIDDEN) */
export const onlyTheAuthorEdits = (authorId: Id, by: Actor): BusinessRule =>
  rule('OnlyTheAuthorEdits', 'FORBIDDEN', 'Only its author edits an article.', () => by.id !== authorId);
