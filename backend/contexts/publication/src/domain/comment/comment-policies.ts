import { checkRule } from '@preau/kernel';
import type { Actor, Viewer } from '../actor';
import { canReadArticle } from '../article/article-policies';
import type { Article } from '../article/article';
import type { Comment } from './comment';
import { onlyTheAuthorOrATeacherDeletesAComment } from './rules';

type CommentFacts = Pick<Comment, 'authorId' | 'status'>;

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
