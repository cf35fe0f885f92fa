import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArticleView } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { Article, ARTICLE_REPOSITORY, type ArticleRepository } from '../../../domain';
import { registerArticleMedia } from '../../article-media';
import { cleanArticleBody } from '../../article-text';
import { ArticleViews } from '../../article-views';
import { BlogAccess } from '../../blog-access';
import { RICH_TEXT, type RichText } from '../../ports/rich-text.port';
import { CreateArticleCommand } from './create-article.command';

/** A draft (a teacher may publish theirs at once); its media become readable to whoever may read it. */
@CommandHandler(CreateArticleCommand)
export class CreateArticleHandler implements ICommandHandler<CreateArticleCommand, ArticleView> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(ARTICLE_REPOSITORY) private readonly articles: ArticleRepository,
    @Inject(RICH_TEXT) private readonly richText: RichText,
    private readonly views: ArticleViews,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, classId, input }: CreateArticleCommand): Promise<ArticleView> {
    const standing = (await this.blog.inClass(actor.id, classId)).require('blog.write');
    const { body, mediaIds } = cleanArticleBody(this.richText, input.body, input.mediaIds);
    const article = Article.write({
      id: newId(),
      classId,
      authorId: actor.id,
      authorRole: standing.actor.isClassTeacher ? 'TEACHER' : 'PUPIL',
      authorName: actor.displayName,
      authorAccountRole: actor.role,
      title: input.title,
      body: body.html,
      excerpt: body.excerpt,
      mediaIds,
      publish: input.publish,
      now: this.clock.now(),
    });
    this.articles.add(article);
    await registerArticleMedia(this.bus, actor.id, article);
    this.outbox.publishEventsOf(article, actor.id);
    return this.views.article(article, standing);
  }
}
