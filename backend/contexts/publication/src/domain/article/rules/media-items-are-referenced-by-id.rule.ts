import { type BusinessRule, isId, rule } from '@preau/kernel';

/** Media items are referenced by their id. (VALIDATION_FAILED) */
export const mediaItemsAreReferencedById = (mediaIds: readonly unknown[]): BusinessRule =>
  rule('MediaItemsAreReferencedById', 'VALIDATION_FAILED', 'Media items are referenced by their id.', () => mediaIds.some((id) => !isId(id)), 'mediaIds');
