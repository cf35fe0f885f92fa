import { type BusinessRule, rule } from '@preau/kernel';
import type { Actor } from '../../actor';

/** Only a teacher of the class publishes an article. (FORBIDDEN) */
export const onlyATeacherPublishes = (by: Actor): BusinessRule =>
  rule('OnlyATeacherPublishes', 'FORBIDDEN', 'Only a teacher of the class publishes an article.', () => !by.isClassTeacher);
