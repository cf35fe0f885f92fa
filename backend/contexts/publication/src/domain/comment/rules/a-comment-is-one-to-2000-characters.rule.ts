import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../actor';
import { COMMENT_MAX_CHARS } from '../comment-types';

/** A comment has 1 to 2000 characters. (VALIDATION_FAILED) */
export const aCommentIsOneTo2000Characters = (body: string): BusinessRule =>
  rule('ACommentIsOneTo2000Characters', 'VALIDATION_FAILED', 'A comment has 1 to 2000 characters.', () => body.trim().length === 0 || charCount(body) > COMMENT_MAX_CHARS, 'body');
