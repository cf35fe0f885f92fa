import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../people';
import { SUBJECT_MAX_CHARS } from '../conversation-types';

/** A subject has 1 to 200 characters once trimmed. (VALIDATION_FAILED) */
export const aSubjectIsOneTo200Characters = (subject: string): BusinessRule =>
  rule('ASubjectIsOneTo200Characters', 'VALIDATION_FAILED', 'A subject has 1 to 200 characters.', () => {
    const words = subject.trim();
    return words.length === 0 || charCount(words) > SUBJECT_MAX_CHARS;
  });
