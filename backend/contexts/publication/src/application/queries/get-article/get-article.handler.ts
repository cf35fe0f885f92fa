import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ArticleView } from '@preau/contracts';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { GetArticleQuery } from './get-article.query';

@QueryHandler(GetArticleQuery)
export class GetArticleHandler implements IQueryHandler<GetArticleQuery, ArticleView> {
  constructor(
    private readonly blog: BlogAccess,
    private readonly views: ArticleViews,
  ) {}

  async execute({ viewerId, articleId }: GetArticleQuery): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(viewerId, articleId);
    return this.views.article(article, standing);
  }
}
