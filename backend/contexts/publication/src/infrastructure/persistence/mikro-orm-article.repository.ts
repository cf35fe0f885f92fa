import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Article, type ArticleRepository } from '../../domain';

@Injectable()
export class MikroOrmArticleRepository implements ArticleRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<Article | null> {
    return this.em.findOne(Article, { id });
  }

  byIdLocked(id: string, lock: 'share' | 'update'): Promise<Article | null> {
    return this.em.findOne(
      Article,
      { id },
      { lockMode: lock === 'update' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ },
    );
  }

  add(article: Article): void {
    this.em.persist(article);
  }

  remove(article: Article): void {
    this.em.remove(article);
  }
}
