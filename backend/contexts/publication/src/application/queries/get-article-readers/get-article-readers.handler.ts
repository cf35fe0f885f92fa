import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ArticleReadersView } from '@preau/contracts';
import { BlogAccess } from '../../blog-access';
import { BLOG_READ_MODEL, type BlogReadModel } from '../../ports/blog-read-model';
import { GetArticleReadersQuery } from './get-article-readers.query';

/** Reading receipts: who of the class's readers opened the article (its teachers only). */
@QueryHandler(GetArticleReadersQuery)
export class GetArticleReadersHandler implements IQueryHandler<GetArticleReadersQuery, ArticleReadersView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
  ) {}

  async execute({ viewerId, articleId }: GetArticleReadersQuery): Promise<ArticleReadersView> {
    const { article, standing } = await this.blog.readable(viewerId, articleId);
    standing.require('blog.moderate');
    const readers = await this.readModel.readers(article.id);
    return { readers: readers.map((r) => ({ person: { ...r.person }, readAt: r.readAt.toISOString() })) };
  }
}
