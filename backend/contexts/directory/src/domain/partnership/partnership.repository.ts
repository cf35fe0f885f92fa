import type { Id } from '@preau/kernel';
import type { Partnership } from './partnership';

export interface PartnershipRepository {
  byId(id: Id): Promise<Partnership | null>;
  /** The partnership of two classes, whichever asked the other. */
  between(a: Id, b: Id): Promise<Partnership | null>;
  add(partnership: Partnership): void;
  remove(partnership: Partnership): void;
}

export const PARTNERSHIP_REPOSITORY = Symbol('PartnershipRepository');
