import type { Id } from '@preau/kernel';
import type { Comment, CommentRepository } from '../domain';

/** Comments in a map, for handler specs: the same instance comes back (as from the ORM's identity map). */
export class InMemoryCommentRepository implements CommentRepository {
  readonly items = new Map<Id, Comment>();

  async byIdForUpdate(id: Id): Promise<Comment | null> {
    return this.items.get(id) ?? null;
  }

  add(comment: Comment): void {
    this.items.set(comment.id, comment);
  }

  remove(comment: Comment): void {
    this.items.delete(comment.id);
  }

  all(): Comment[] {
    return [...this.items.values()];
  }
}
