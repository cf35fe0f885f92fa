import type { Id } from '@preau/kernel';
import type { Draft } from './draft';

/** Drafts are saved with the command's unit of work: a loaded draft that changes needs no call here. */
export interface DraftRepository {
  byId(id: Id): Promise<Draft | null>;
  countOf(authorId: Id): Promise<number>;
  add(draft: Draft): Promise<void>;
  remove(draft: Draft): Promise<void>;
}

export const DRAFT_REPOSITORY = Symbol('DraftRepository');
