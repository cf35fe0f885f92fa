import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArticleView } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { MoveArticleCommand } from './move-article.command';

@CommandHandler(MoveArticleCommand)
export class MoveArticleHandler implements ICommandHandler<MoveArticleCommand, ArticleView> {
  constructor(
    private readonly blog: BlogAccess,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, articleId, move }: MoveArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    const now = this.clock.now();
    if (move === 'submit') {
      standing.require('blog.write');
      article.submit(standing.actor, now);
    } else if (move === 'publish') article.publish(standing.actor, now);
    else article.unpublish(standing.actor, now);
    this.outbox.publishEventsOf(article, actor.id);
    return this.views.article(article, standing);
  }
}
