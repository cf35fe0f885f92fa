import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommentView, PublicationEvents } from '@preau/contracts';
import { Outbox } from '@preau/platform';
import { COMMENT_REPOSITORY, type CommentRepository } from '../../../domain';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { readableComment } from '../../readable-comment';
import { ModerateCommentCommand } from './moderate-comment.command';

@CommandHandler(ModerateCommentCommand)
export class ModerateCommentHandler implements ICommandHandler<ModerateCommentCommand, CommentView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(COMMENT_REPOSITORY) private readonly comments: CommentRepository,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, commentId, decision }: ModerateCommentCommand): Promise<CommentView> {
    const { comment, article, standing, author } = await readableComment(this.blog, this.comments, actor.id, commentId);
    standing.require('blog.comment.moderate');
    if (decision === 'approve') comment.approve(standing.actor);
    else comment.hide(standing.actor);
    this.outbox.publish(
      decision === 'approve' ? PublicationEvents.CommentApproved : PublicationEvents.CommentHidden,
      { commentId: comment.id, articleId: article.id, classId: article.classId, authorId: comment.authorId },
      { actorId: actor.id },
    );
    return this.views.comment({ ...comment.snapshot(), author }, standing.actor);
  }
}
