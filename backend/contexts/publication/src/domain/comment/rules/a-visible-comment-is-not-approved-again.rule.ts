import { type BusinessRule, rule } from '@preau/kernel';
import type { CommentStatus } from '../comment-types';

/** This comment is already visible. (CONFLICT) */
export const aVisibleCommentIsNotApprovedAgain = (status: CommentStatus): BusinessRule =>
  rule('AVisibleCommentIsNotApprovedAgain', 'CONFLICT', 'This comment is already visible.', () => status === 'visible');
