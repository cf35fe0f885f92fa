import { type BusinessRule, rule } from '@preau/kernel';
import type { CommentStatus } from '../comment-types';

/** This comment is already hidden. (CONFLICT) */
export const aHiddenCommentIsNotHiddenAgain = (status: CommentStatus): BusinessRule =>
  rule('AHiddenCommentIsNotHiddenAgain', 'CONFLICT', 'This comment is already hidden.', () => status === 'hidden');
