import type { ArticlePermissions } from '@preau/contracts';
import { brokenRule } from '@preau/kernel';
import type { Actor } from '../actor';
import type { Article } from './article';
import { checkMayDeleteArticle } from './article-policies';

export type ArticleMoves = Omit<ArticlePermissions, 'comment' | 'moderateComments'>;

/**
 * What `actor` may do with the article now, asked of the aggregate itself: each move is tried on a
 * copy and allowed when no rule breaks (so the interface never offers what the server would refuse).
 */
export function articleMoves(article: Article, actor: Actor, now: Date): ArticleMoves {
  const passes = (move: (copy: Article) => void) => brokenRule(() => move(article.copy())) === null;
  return {
    edit: passes((copy) => copy.edit(actor, {}, now)),
    submit: passes((copy) => copy.submit(actor, now)),
    publish: passes((copy) => copy.publish(actor, now)),
    sendBack: passes((copy) => copy.sendBack(actor, 'ok', now)),
    unpublish: passes((copy) => copy.unpublish(actor, now)),
    delete: passes(() => checkMayDeleteArticle(article, actor)),
  };
}
