import type { Id } from '@preau/kernel';
import type { Article } from './article';

/** Articles, loaded and saved whole; the unit of work writes what changed when the command ends. */
export interface ArticleRepository {
  byId(id: Id): Promise<Article | null>;
  /**
   * Locks the row until the unit of work ends: `update` serialises two changes (two teachers acting at once),
   * `share` keeps it as it is while something is added to it.
   */
  byIdLocked(id: Id, lock: 'share' | 'update'): Promise<Article | null>;
  add(article: Article): void;
  remove(article: Article): void;
}

export const ARTICLE_REPOSITORY = Symbol('ArticleRepository');
