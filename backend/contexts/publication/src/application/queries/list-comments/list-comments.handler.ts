import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CommentPage } from '@preau/contracts';
import { canReadComment } from '../../../domain';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { BLOG_READ_MODEL, type BlogReadModel } from '../../ports/blog-read-model';
import { ListCommentsQuery } from './list-comments.query';

@QueryHandler(ListCommentsQuery)
export class ListCommentsHandler implements IQueryHandler<ListCommentsQuery, CommentPage> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    private readonly views: ArticleViews,
  ) {}

  async execute({ viewerId, articleId }: ListCommentsQuery): Promise<CommentPage> {
    const { article, standing } = await this.blog.readable(viewerId, articleId);
    const viewer = standing.viewer;
    const rows = (await this.readModel.comments(article.id)).filter((c) => canReadComment(c, article, viewer));
    return { items: rows.map((row) => this.views.comment(row, standing.actor)) };
  }
}
