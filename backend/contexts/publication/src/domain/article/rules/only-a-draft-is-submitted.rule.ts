import { type BusinessRule, rule } from '@preau/kernel';
import type { ArticleStatus } from '../article-types';

/** Only a draft is submitted. (CONFLICT) */
export const onlyADraftIsSubmitted = (status: ArticleStatus): BusinessRule =>
  rule('OnlyADraftIsSubmitted', 'CONFLICT', 'Only a draft is submitted.', () => status !== 'draft');
