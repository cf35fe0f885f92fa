import { type BusinessRule, isId, rule } from '@preau/kernel';

/** Attachments are media items referenced by their id. (VALIDATION_FAILED) */
export const attachmentsAreReferencedById = (attachmentIds: readonly unknown[]): BusinessRule =>
  rule('AttachmentsAreReferencedById', 'VALIDATION_FAILED', 'Attachments are media items referenced by their id.', () => attachmentIds.some((id) => !isId(id)));
