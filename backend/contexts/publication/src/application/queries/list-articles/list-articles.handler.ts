import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ArticlePage, ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { decodeKeysetCursor, encodeKeysetCursor } from '@preau/platform';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { BLOG_READ_MODEL, type BlogReadModel } from '../../ports/blog-read-model';
import { ListArticlesQuery } from './list-articles.query';

function positionOf(cursor: string | undefined): { sortAt: Date; id: Id } | undefined {
  if (!cursor) return undefined;
  const position = decodeKeysetCursor(cursor);
  if (!position)
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'This cursor is not valid.', {
      errors: [{ field: 'cursor', message: 'Invalid cursor' }],
    });
  return { sortAt: position.at, id: position.id };
}

/**
 * A class blog's articles, newest first: published ones for every reader; a pupil's own drafts and
 * submitted ones; every draft and submitted article for the class's teachers.
 */
@QueryHandler(ListArticlesQuery)
export class ListArticlesHandler implements IQueryHandler<ListArticlesQuery, ArticlePage> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    private readonly views: ArticleViews,
  ) {}

  async execute({ viewerId, classId, filter }: ListArticlesQuery): Promise<ArticlePage> {
    const standing = (await this.blog.inClass(viewerId, classId)).require('blog.read');
    const teacher = standing.actor.isClassTeacher;
    const rows = await this.readModel.articles({
      classId,
      viewerId,
      unpublished: teacher ? 'all' : standing.may('blog.write') ? 'own' : 'none',
      status: filter.status,
      after: positionOf(filter.cursor),
      limit: filter.limit + 1,
    });
    const page = rows.slice(0, filter.limit);
    const media = await this.views.mediaOf(
      viewerId,
      page.map((r) => r.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((row) => this.views.summary(row, media[row.id] ?? [], teacher)),
      nextCursor:
        rows.length > filter.limit && last ? encodeKeysetCursor(last.publishedAt ?? last.updatedAt, last.id) : null,
    };
  }
}
