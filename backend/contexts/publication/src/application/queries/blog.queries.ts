import { Query } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type ArticlePage,
  type ArticleReadersView,
  type ArticleStatus,
  type ArticleView,
  type CommentPage,
  ErrorCodes,
  MayReadArticleQuery,
  type ModerationQueueView,
} from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { decodeKeysetCursor, encodeKeysetCursor } from '@preau/platform';
import { canReadArticle, canReadComment } from '../../domain';
import { ArticleViews } from '../article-views';
import { BlogAccess } from '../blog-access';
import { ARTICLE_REPOSITORY, type ArticleRepository } from '../ports/article.repository';
import { BLOG_READ_MODEL, type BlogReadModel } from '../ports/blog-read-model';

export class ListArticlesQuery extends Query<ArticlePage> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
    readonly filter: { status?: ArticleStatus; cursor?: string; limit: number },
  ) {
    super();
  }
}

export class GetArticleQuery extends Query<ArticleView> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}

export class ListCommentsQuery extends Query<CommentPage> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}

export class GetArticleReadersQuery extends Query<ArticleReadersView> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}

export class GetModerationQueueQuery extends Query<ModerationQueueView> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
  ) {
    super();
  }
}

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

/** The teacher's queue: submitted articles and held comments of the class, with counts. */
@QueryHandler(GetModerationQueueQuery)
export class GetModerationQueueHandler implements IQueryHandler<GetModerationQueueQuery, ModerationQueueView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    private readonly views: ArticleViews,
  ) {}

  async execute({ viewerId, classId }: GetModerationQueueQuery): Promise<ModerationQueueView> {
    const standing = (await this.blog.inClass(viewerId, classId)).require('blog.moderate');
    const submitted = await this.readModel.articles({
      classId,
      viewerId,
      unpublished: 'all',
      status: 'submitted',
      limit: 100,
    });
    const media = await this.views.mediaOf(
      viewerId,
      submitted.map((r) => r.id),
    );
    const pending = await this.readModel.pendingComments(classId, 100);
    const pendingCount = await this.readModel.countPendingComments(classId);
    return {
      classId,
      submitted: submitted.map((row) => this.views.summary(row, media[row.id] ?? [], true)),
      pendingComments: pending.map((row) => ({
        ...this.views.comment(row, standing.actor),
        articleTitle: row.articleTitle,
      })),
      counts: { submitted: submitted.length, pendingComments: pendingCount },
    };
  }
}

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
