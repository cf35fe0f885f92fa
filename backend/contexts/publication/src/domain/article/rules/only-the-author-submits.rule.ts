import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only its author submits an article. (FORBIDDEN) */
export const onlyTheAuthorSubmits = (authorId: Id, by: Actor): BusinessRule =>
  rule('OnlyTheAuthorSubmits', 'FORBIDDEN', 'Only its author submits an article.', () => by.id !== authorId);
