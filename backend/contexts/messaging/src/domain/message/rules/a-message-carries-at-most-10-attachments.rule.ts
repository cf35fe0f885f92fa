import { type BusinessRule, type Id, rule } from '@preau/kernel';
import { ATTACHMENTS_MAX_ITEMS } from '../message-types';

/** A message carries at most 10 attachments (the same item twice counts once). (VALIDATION_FAILED) */
export const aMessageCarriesAtMost10Attachments = (uniqueAttachmentIds: readonly Id[]): BusinessRule =>
  rule('AMessageCarriesAtMost10Attachments', 'VALIDATION_FAILED', 'A message carries at most 10 attachments.', () => uniqueAttachmentIds.length > ATTACHMENTS_MAX_ITEMS);
