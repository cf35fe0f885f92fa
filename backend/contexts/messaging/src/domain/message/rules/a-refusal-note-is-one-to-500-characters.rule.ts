import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../people';
import { MODERATION_NOTE_MAX_CHARS } from '../message-types';

/** A refused message tells the pupil why, in 1 to 500 characters. (VALIDATION_FAILED) */
export const aRefusalNoteIsOneTo500Characters = (note: string): BusinessRule =>
  rule('ARefusalNoteIsOneTo500Characters', 'VALIDATION_FAILED', 'A refusal note has 1 to 500 characters.', () => {
    const words = note.trim();
    return words.length === 0 || charCount(words) > MODERATION_NOTE_MAX_CHARS;
  });
