import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ModerationQueueView } from '@preau/contracts';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { BLOG_READ_MODEL, type BlogReadModel } from '../../ports/blog-read-model';
import { GetModerationQueueQuery } from './get-moderation-queue.query';

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
