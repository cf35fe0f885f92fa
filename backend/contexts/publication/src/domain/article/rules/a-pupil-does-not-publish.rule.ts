import { type BusinessRule, rule } from '@preau/kernel';
import type { AuthorRole } from '../article-types';

/** A pupil's article is submitted to the teacher, never published directly. (FORBIDDEN) */
export const aPupilDoesNotPublish = (authorRole: AuthorRole, publish: boolean): BusinessRule =>
  rule('APupilDoesNotPublish', 'FORBIDDEN', 'A pupil\'s article is submitted to the teacher, never published directly.', () => publish && authorRole === 'PUPIL');
