import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArticleView } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { SendBackArticleCommand } from './send-back-article.command';

@CommandHandler(SendBackArticleCommand)
export class SendBackArticleHandler implements ICommandHandler<SendBackArticleCommand, ArticleView> {
  constructor(
    private readonly blog: BlogAccess,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, articleId, feedback }: SendBackArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    article.sendBack(standing.actor, feedback, this.clock.now());
    this.outbox.publishEventsOf(article, actor.id);
    return this.views.article(article, standing);
  }
}
