import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@preau/kernel';
import { BlogAccess } from '../../blog-access';
import { BLOG_READ_MODEL, type BlogReadModel } from '../../ports/blog-read-model';
import { RecordArticleReadCommand } from './record-article-read.command';

@CommandHandler(RecordArticleReadCommand)
export class RecordArticleReadHandler implements ICommandHandler<RecordArticleReadCommand, void> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ reader, articleId }: RecordArticleReadCommand): Promise<void> {
    // Shared lock: a receipt never lands on an article being deleted at the same moment.
    const { article } = await this.blog.readable(reader.id, articleId, 'share');
    if (article.status !== 'published' || article.authorId === reader.id) return;
    await this.readModel.recordRead(article.id, reader, this.clock.now());
  }
}
