import { ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { type Article, canReadComment, type Comment, type CommentRepository, type PersonSnapshot } from '../domain';
import type { BlogAccess, BlogStanding } from './blog-access';

/**
 * A comment (locked for the change to come), its article and the person's standing, if they may read the
 * comment now: else NOT_FOUND, whatever the reason (a comment one may not see does not exist for them).
 */
export async function readableComment(
  blog: BlogAccess,
  comments: CommentRepository,
  personId: Id,
  commentId: Id,
): Promise<{ comment: Comment; article: Article; standing: BlogStanding; author: PersonSnapshot }> {
  const comment = await comments.byIdForUpdate(commentId);
  if (!comment) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such comment.');
  const { article, standing } = await blog.readable(personId, comment.articleId);
  if (!canReadComment(comment, article, standing.viewer))
    throw new DomainError(ErrorCodes.NOT_FOUND, 'No such comment.');
  return {
    comment,
    article,
    standing,
    author: { id: comment.authorId, displayName: comment.authorName, role: comment.authorAccountRole },
  };
}
