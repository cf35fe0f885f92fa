import { type BusinessRule, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only a teacher of the class approves or hides a comment. (FORBIDDEN) */
export const onlyATeacherModeratesComments = (by: Actor): BusinessRule =>
  rule('OnlyATeacherModeratesComments', 'FORBIDDEN', 'Only a teacher of the class approves or hides a comment.', () => !by.isClassTeacher);
