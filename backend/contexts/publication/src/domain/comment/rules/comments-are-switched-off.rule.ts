import { type BusinessRule, rule } from '@preau/kernel';
import type { CommentModeration } from '@preau/contracts';

/** Comments are switched off for this class. (FORBIDDEN) */
export const commentsAreSwitchedOff = (moderation: CommentModeration): BusinessRule =>
  rule('CommentsAreSwitchedOff', 'FORBIDDEN', 'Comments are switched off for this class.', () => moderation === 'off');
