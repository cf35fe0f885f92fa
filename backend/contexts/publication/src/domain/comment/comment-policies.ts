import { brokenRule, checkRule } from '@preau/kernel';
import type { Actor, Viewer } from '../actor';
import { canReadArticle } from '../article/article-policies';
import type { Article } from '../article/article';
import { Comment } from './comment';
import { onlyTheAuthorOrATeacherDeletesAComment } from './rules';

type CommentFacts = Pick<Comment, 'authorId' | 'status'>;

export interface CommentMoves {
  approve: boolean;
  hide: boolean;
  delete: boolean;
}

/** Its author or a teacher of the class deletes a comment, whatever its status. */
export function checkMayDeleteComment(comment: CommentFacts, actor: Actor): void {
  checkRule(onlyTheAuthorOrATeacherDeletesAComment(comment.authorId, actor));
}

/**
 * Only someone who may read the article reads its comments. Then: visible → all of them; pending →
 * its author and the class's teachers; hidden → the teachers, and its author (who sees it marked hidden).
 */
export function canReadComment(comment: CommentFacts, article: Pick<Article, 'authorId' | 'status'>, viewer: Viewer): boolean {
  if (!canReadArticle(article, viewer)) return false;
  if (comment.status === 'visible' || viewer.isClassTeacher) return true;
  return viewer.id === comment.authorId;
}

/** What `actor` may do with a comment now, asked of the aggregate (each move tried on a copy). */
export function commentMoves(comment: CommentFacts & { id: string; articleId: string; body: string; createdAt: Date }, actor: Actor): CommentMoves {
  const copy = () => Comment.restore({ id: comment.id, articleId: comment.articleId, authorId: comment.authorId, body: comment.body, status: comment.status, createdAt: comment.createdAt });
  return {
    approve: brokenRule(() => copy().approve(actor)) === null,
    hide: brokenRule(() => copy().hide(actor)) === null,
    delete: brokenRule(() => checkMayDeleteComment(comment, actor)) === null,
  };
}
