import { type BusinessRule, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only a teacher of the class sends an article back. (FORBIDDEN) */
export const onlyATeacherSendsBack = (by: Actor): BusinessRule =>
  rule('OnlyATeacherSendsBack', 'FORBIDDEN', 'Only a teacher of the class sends an article back.', () => !by.isClassTeacher);
