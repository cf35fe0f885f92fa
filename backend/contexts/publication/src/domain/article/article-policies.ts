import { checkRule } from '@preau/kernel';
import type { Actor, Viewer } from '../actor';
import type { Article } from './article';
import { onlyTheAuthorOrATeacherDeletes, theAuthorDeletesOnlyADraft } from './rules';

type ArticleFacts = Pick<Article, 'authorId' | 'status'>;

/** A teacher of the class deletes any article of the class; its author deletes their own draft. */
export function checkMayDeleteArticle(article: ArticleFacts, actor: Actor): void {
  checkRule(onlyTheAuthorOrATeacherDeletes(article.authorId, actor));
  checkRule(theAuthorDeletesOnlyADraft(article.authorId, article.status, actor));
}

/**
 * Who reads an article: a published one, whoever the class-access policy lets read published
 * articles (and the class's teachers); a draft or a submitted one, its author and the class's teachers.
 */
export function canReadArticle(article: ArticleFacts, viewer: Viewer): boolean {
  if (viewer.isClassTeacher) return true;
  if (article.status === 'published') return viewer.mayReadPublished;
  return viewer.id === article.authorId;
}
