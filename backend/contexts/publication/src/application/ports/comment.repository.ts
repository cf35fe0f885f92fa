import type { Id } from '@preau/kernel';
import type { Comment } from '../../domain';
import type { PersonSnapshot } from './article.repository';

export interface CommentRepository {
  byIdForUpdate(id: Id): Promise<Comment | null>;
  add(comment: Comment, author: PersonSnapshot): Promise<void>;
  update(comment: Comment): Promise<void>;
  remove(id: Id): Promise<void>;
}

export const COMMENT_REPOSITORY = Symbol('CommentRepository');
