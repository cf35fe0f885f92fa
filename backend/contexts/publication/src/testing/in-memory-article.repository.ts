import type { Id } from '@preau/kernel';
import type { Article, ArticleRepository } from '../domain';

/** Articles in a map, for handler specs: the same instance comes back (as from the ORM's identity map). */
export class InMemoryArticleRepository implements ArticleRepository {
  readonly items = new Map<Id, Article>();
  /** Every lock a handler asked for, in order. */
  readonly locks: { id: Id; lock: 'share' | 'update' }[] = [];

  async byId(id: Id): Promise<Article | null> {
    return this.items.get(id) ?? null;
  }

  async byIdLocked(id: Id, lock: 'share' | 'update'): Promise<Article | null> {
    this.locks.push({ id, lock });
    return this.byId(id);
  }

  add(article: Article): void {
    this.items.set(article.id, article);
  }

  remove(article: Article): void {
    this.items.delete(article.id);
  }

  all(): Article[] {
    return [...this.items.values()];
  }
}
