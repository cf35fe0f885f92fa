import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommentView, ErrorCodes, PublicationEvents } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { canReadComment, checkMayDeleteComment, Comment } from '../../domain';
import { ArticleViews, unknownPerson } from '../article-views';
import { BlogAccess } from '../blog-access';
import { COMMENT_REPOSITORY, type CommentRepository } from '../ports/comment.repository';
import { BLOG_READ_MODEL, type BlogReadModel } from '../ports/blog-read-model';
import { CreateCommentCommand, DeleteCommentCommand, ModerateCommentCommand } from './comment.commands';

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
    const now = this.clock.now();
    const comment = Comment.write({ id: newId(), article, author: standing.actor, body, moderation: standing.commentModeration, now });
    await this.comments.add(comment, actor);
    this.outbox.publishEventsOf(comment, actor.id);
    return this.views.comment({ ...comment.snapshot(), author: { ...actor } }, standing.actor);
  }
}

/** A comment, its article and the person's standing, if they may read the comment (else NOT_FOUND). */
async function readableComment(blog: BlogAccess, comments: CommentRepository, readModel: BlogReadModel, personId: Id, commentId: Id) {
  const comment = await comments.byIdForUpdate(commentId);
  if (!comment) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such comment.');
  const { article, standing } = await blog.readable(personId, comment.articleId);
  if (!canReadComment(comment, article, standing.viewer)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such comment.');
  const row = await readModel.comment(comment.id);
  return { comment, article, standing, author: row?.author ?? unknownPerson(comment.authorId) };
}

@CommandHandler(ModerateCommentCommand)
export class ModerateCommentHandler implements ICommandHandler<ModerateCommentCommand, CommentView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(COMMENT_REPOSITORY) private readonly comments: CommentRepository,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, commentId, decision }: ModerateCommentCommand): Promise<CommentView> {
    const { comment, article, standing, author } = await readableComment(this.blog, this.comments, this.readModel, actor.id, commentId);
    standing.require('blog.comment.moderate');
    if (decision === 'approve') comment.approve(standing.actor);
    else comment.hide(standing.actor);
    await this.comments.update(comment);
    this.outbox.publish(decision === 'approve' ? PublicationEvents.CommentApproved : PublicationEvents.CommentHidden, { commentId: comment.id, articleId: article.id, classId: article.classId, authorId: comment.authorId }, { actorId: actor.id });
    return this.views.comment({ ...comment.snapshot(), author }, standing.actor);
  }
}

@CommandHandler(DeleteCommentCommand)
export class DeleteCommentHandler implements ICommandHandler<DeleteCommentCommand, void> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(COMMENT_REPOSITORY) private readonly comments: CommentRepository,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
  ) {}

  async execute({ actor, commentId }: DeleteCommentCommand): Promise<void> {
    const { comment, standing } = await readableComment(this.blog, this.comments, this.readModel, actor.id, commentId);
    checkMayDeleteComment(comment, standing.actor);
    await this.comments.remove(comment.id);
  }
}
