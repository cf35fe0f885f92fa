import { type BusinessRule, type Id, rule } from '@preau/kernel';

/** The author is not one of their own recipients. (VALIDATION_FAILED) */
export const noOneWritesToThemselves = (authorId: Id, recipientIds: readonly Id[]): BusinessRule =>
  rule('NoOneWritesToThemselves', 'VALIDATION_FAILED', 'You are not one of your own recipients.', () => recipientIds.includes(authorId));
