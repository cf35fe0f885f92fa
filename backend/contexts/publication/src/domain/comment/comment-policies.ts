import { brokenRule, checkRule } from '@preau/kernel';
import type { Actor, Viewer } from '../actor';
import { canReadArticle } from '../article/article-policies';
import type { Article } from '../article/article';
import type { Comment } from './comment';
import {
  aHiddenCommentIsNotHiddenAgain,
  aVisibleCommentIsNotApprovedAgain,
  onlyATeacherModeratesComments,
  onlyTheAuthorOrATeacherDeletesAComment,
} from './rules';

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
export function canReadComment(
  comment: CommentFacts,
  article: Pick<Article, 'authorId' | 'status'>,
  viewer: Viewer,
): boolean {
  if (!canReadArticle(article, viewer)) return false;
  if (comment.status === 'visible' || viewer.isClassTeacher) return true;
  return viewer.id === comment.authorId;
}

/** A teacher shows a pending comment, or shows again one that was hidden. */
export function checkMayApproveComment(comment: CommentFacts, actor: Actor): void {
  checkRule(onlyATeacherModeratesComments(actor));
  checkRule(aVisibleCommentIsNotApprovedAgain(comment.status));
}

/** A teacher hides a visible comment, or refuses a pending one. */
export function checkMayHideComment(comment: CommentFacts, actor: Actor): void {
  checkRule(onlyATeacherModeratesComments(actor));
  checkRule(aHiddenCommentIsNotHiddenAgain(comment.status));
}

/** What `actor` may do with a comment now: the very checks `approve`, `hide` and deleting run. */
export function commentMoves(comment: CommentFacts, actor: Actor): CommentMoves {
  return {
    approve: brokenRule(() => checkMayApproveComment(comment, actor)) === null,
    hide: brokenRule(() => checkMayHideComment(comment, actor)) === null,
    delete: brokenRule(() => checkMayDeleteComment(comment, actor)) === null,
  };
}
