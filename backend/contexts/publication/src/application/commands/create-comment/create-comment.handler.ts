import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommentView } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { Comment, COMMENT_REPOSITORY, type CommentRepository } from '../../../domain';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { CreateCommentCommand } from './create-comment.command';

/** A comment on a published article, held or shown at once as the class's setting says. */
@CommandHandler(CreateCommentCommand)
export class CreateCommentHandler implements ICommandHandler<CreateCommentCommand, CommentView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(COMMENT_REPOSITORY) private readonly comments: CommentRepository,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, articleId, body }: CreateCommentCommand): Promise<CommentView> {
    // Shared lock: the article cannot be unpublished or deleted under the new comment.
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'share');
    standing.require('blog.comment');
    const comment = Comment.write({
      id: newId(),
      article,
      author: standing.actor,
      authorName: actor.displayName,
      authorAccountRole: actor.role,
      body,
      moderation: standing.commentModeration,
      now: this.clock.now(),
    });
    this.comments.add(comment);
    this.outbox.publishEventsOf(comment, actor.id);
    return this.views.comment({ ...comment.snapshot(), author: { ...actor } }, standing.actor);
  }
}
