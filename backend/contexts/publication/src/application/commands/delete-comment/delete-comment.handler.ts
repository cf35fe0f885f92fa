import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkMayDeleteComment, COMMENT_REPOSITORY, type CommentRepository } from '../../../domain';
import { BlogAccess } from '../../blog-access';
import { readableComment } from '../../readable-comment';
import { DeleteCommentCommand } from './delete-comment.command';

@CommandHandler(DeleteCommentCommand)
export class DeleteCommentHandler implements ICommandHandler<DeleteCommentCommand, void> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(COMMENT_REPOSITORY) private readonly comments: CommentRepository,
  ) {}

  async execute({ actor, commentId }: DeleteCommentCommand): Promise<void> {
    const { comment, standing } = await readableComment(this.blog, this.comments, actor.id, commentId);
    checkMayDeleteComment(comment, standing.actor);
    this.comments.remove(comment);
  }
}
