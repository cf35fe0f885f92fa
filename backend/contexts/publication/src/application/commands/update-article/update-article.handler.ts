import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArticleView } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { registerArticleMedia } from '../../article-media';
import { cleanArticleBody } from '../../article-text';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { RICH_TEXT, type RichText } from '../../ports/rich-text.port';
import { UpdateArticleCommand } from './update-article.command';

/** The author changes their draft; media no longer used are released, deleted ones drop out quietly. */
@CommandHandler(UpdateArticleCommand)
export class UpdateArticleHandler implements ICommandHandler<UpdateArticleCommand, ArticleView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(RICH_TEXT) private readonly richText: RichText,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, articleId, changes }: UpdateArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    standing.require('blog.write');
    const now = this.clock.now();
    // What the draft used before, including references to items deleted since (they drop out quietly).
    const previous = [...new Set([...article.mediaIds, ...this.richText.referencedMediaIds(article.body)])];
    const cleaned =
      changes.body !== undefined ? cleanArticleBody(this.richText, changes.body, changes.mediaIds) : undefined;
    article.edit(
      standing.actor,
      {
        title: changes.title,
        body: cleaned?.body,
        // A new body brings its own media; new media alone are added to those the body embeds.
        mediaIds:
          cleaned?.mediaIds ??
          (changes.mediaIds
            ? [
                ...new Set([
                  ...this.richText.referencedMediaIds(article.body),
                  ...changes.mediaIds.map((id) => id.toLowerCase()),
                ]),
              ]
            : undefined),
      },
      now,
    );
    const kept = await registerArticleMedia(this.bus, actor.id, article, previous);
    if (kept.length !== article.mediaIds.length) article.edit(standing.actor, { mediaIds: kept }, now);
    this.outbox.publishEventsOf(article, actor.id);
    return this.views.article(article, standing);
  }
}
