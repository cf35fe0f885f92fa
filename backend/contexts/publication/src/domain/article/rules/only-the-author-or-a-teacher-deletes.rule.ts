import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only a teacher of the class, or its author, deletes an article. (FORBIDDEN) */
export const onlyTheAuthorOrATeacherDeletes = (authorId: Id, by: Actor): BusinessRule =>
  rule('OnlyTheAuthorOrATeacherDeletes', 'FORBIDDEN', 'Only a teacher of the class, or its author, deletes an article.', () => !by.isClassTeacher && by.id !== authorId);
