import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../actor';
import { FEEDBACK_MAX_CHARS } from '../article-types';

/** Feedback has 1 to 2000 characters. (VALIDATION_FAILED) */
export const feedbackIsOneTo2000Characters = (feedback: string): BusinessRule =>
  rule('FeedbackIsOneTo2000Characters', 'VALIDATION_FAILED', 'Feedback has 1 to 2000 characters.', () => charCount(feedback.trim()) === 0 || charCount(feedback.trim()) > FEEDBACK_MAX_CHARS, 'feedback');
