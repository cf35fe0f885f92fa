import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MayReadArticleQuery } from '@preau/contracts';
import { ARTICLE_REPOSITORY, type ArticleRepository, canReadArticle } from '../../../domain';
import { BlogAccess } from '../../blog-access';

/** The media context asks before showing an item an article embeds. */
@QueryHandler(MayReadArticleQuery)
export class MayReadArticleHandler implements IQueryHandler<MayReadArticleQuery, { allowed: boolean }> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(ARTICLE_REPOSITORY) private readonly articles: ArticleRepository,
  ) {}

  async execute({ personId, articleId }: MayReadArticleQuery): Promise<{ allowed: boolean }> {
    const article = await this.articles.byId(articleId);
    if (!article) return { allowed: false };
    const standing = await this.blog.inClass(personId, article.classId);
    return { allowed: standing.may('blog.read') && canReadArticle(article, standing.viewer) };
  }
}
