import { type BusinessRule, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only a teacher of the class unpublishes an article. (FORBIDDEN) */
export const onlyATeacherUnpublishes = (by: Actor): BusinessRule =>
  rule('OnlyATeacherUnpublishes', 'FORBIDDEN', 'Only a teacher of the class unpublishes an article.', () => !by.isClassTeacher);
