import type { Id } from '@preau/kernel';
import type { Comment } from './comment';

/** Comments, loaded and saved whole; the unit of work writes what changed when the command ends. */
export interface CommentRepository {
  /** Locks the row until the unit of work ends (two teachers moderating at once act one after the other). */
  byIdForUpdate(id: Id): Promise<Comment | null>;
  add(comment: Comment): void;
  remove(comment: Comment): void;
}

export const COMMENT_REPOSITORY = Symbol('CommentRepository');
