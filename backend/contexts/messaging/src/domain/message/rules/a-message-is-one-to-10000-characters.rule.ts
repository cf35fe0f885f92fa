import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../people';
import { MESSAGE_MAX_CHARS } from '../message-types';

/** A message has 1 to 10,000 characters and is not only blank. (VALIDATION_FAILED) */
export const aMessageIsOneTo10000Characters = (body: string): BusinessRule =>
  rule('AMessageIsOneTo10000Characters', 'VALIDATION_FAILED', 'A message has 1 to 10,000 characters.', () => body.trim().length === 0 || charCount(body) > MESSAGE_MAX_CHARS);
