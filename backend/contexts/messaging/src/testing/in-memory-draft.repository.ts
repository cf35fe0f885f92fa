import type { Id } from '@preau/kernel';
import type { Draft, DraftRepository } from '../domain';

/** Drafts kept in a map (a loaded draft is the stored one: changing it is saving it, as with the unit of work). */
export class InMemoryDraftRepository implements DraftRepository {
  readonly stored = new Map<Id, Draft>();

  async byId(id: Id): Promise<Draft | null> {
    return this.stored.get(id) ?? null;
  }

  async countOf(authorId: Id): Promise<number> {
    return [...this.stored.values()].filter((d) => d.authorId === authorId).length;
  }

  async add(draft: Draft): Promise<void> {
    this.stored.set(draft.id, draft);
  }

  async remove(draft: Draft): Promise<void> {
    this.stored.delete(draft.id);
  }
}
