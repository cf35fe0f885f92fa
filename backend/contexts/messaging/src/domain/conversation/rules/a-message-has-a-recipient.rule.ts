import { type BusinessRule, type Id, rule } from '@preau/kernel';

/** A message goes to at least one person. (VALIDATION_FAILED) */
export const aMessageHasARecipient = (recipientIds: readonly Id[]): BusinessRule =>
  rule('AMessageHasARecipient', 'VALIDATION_FAILED', 'A message goes to at least one person.', () => recipientIds.length === 0);
