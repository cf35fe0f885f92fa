import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only its author, or a teacher of the class, deletes a comment. (FORBIDDEN) */
export const onlyTheAuthorOrATeacherDeletesAComment = (authorId: Id, by: Actor): BusinessRule =>
  rule('OnlyTheAuthorOrATeacherDeletesAComment', 'FORBIDDEN', 'Only its author, or a teacher of the class, deletes a comment.', () => !by.isClassTeacher && by.id !== authorId);
