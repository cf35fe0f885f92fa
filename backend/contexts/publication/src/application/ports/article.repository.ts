import type { Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Article } from '../../domain';

/** Who wrote something, as shown beside it (kept with the text: a blog page shows it without asking the directory). */
export interface PersonSnapshot {
  id: Id;
  displayName: string;
  role: Role;
}

export interface ArticleRepository {
  byId(id: Id): Promise<Article | null>;
  /**
   * Locks the row until the unit of work ends: `update` serialises two changes (two teachers acting at once),
   * `share` keeps it as it is while something is added to it.
   */
  byIdLocked(id: Id, lock: 'share' | 'update'): Promise<Article | null>;
  add(article: Article, author: PersonSnapshot, excerpt: string): Promise<void>;
  update(article: Article, excerpt: string): Promise<void>;
  remove(id: Id): Promise<void>;
}

export const ARTICLE_REPOSITORY = Symbol('ArticleRepository');
