import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../actor';
import { TITLE_MAX_CHARS } from '../article-types';

/** A title has 1 to 200 characters. (VALIDATION_FAILED) */
export const aTitleIsOneTo200Characters = (title: string): BusinessRule =>
  rule('ATitleIsOneTo200Characters', 'VALIDATION_FAILED', 'A title has 1 to 200 characters.', () => charCount(title.trim()) === 0 || charCount(title.trim()) > TITLE_MAX_CHARS, 'title');
