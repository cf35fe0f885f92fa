import { type BusinessRule, rule } from '@preau/kernel';
import { BODY_MAX_BYTES, utf8Bytes } from '../article-types';

/** The text of an article is at most 1 MB. (VALIDATION_FAILED) */
export const aBodyIsAtMostOneMegabyte = (body: string): BusinessRule =>
  rule('ABodyIsAtMostOneMegabyte', 'VALIDATION_FAILED', 'The text of an article is at most 1 MB.', () => utf8Bytes(body) > BODY_MAX_BYTES, 'body');
