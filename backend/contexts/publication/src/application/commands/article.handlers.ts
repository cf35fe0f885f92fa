import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ArticleView, PublicationEvents, RegisterMediaUsageCommand, ReleaseMediaUsageCommand } from '@preau/contracts';
import { CLOCK, type Clock, type Id, newId } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { Article, checkMayDeleteArticle } from '../../domain';
import { ArticleViews, EXCERPT_CHARS } from '../article-views';
import { BlogAccess, type BlogStanding } from '../blog-access';
import { ARTICLE_REPOSITORY, type ArticleRepository, type PersonSnapshot } from '../ports/article.repository';
import { BLOG_READ_MODEL, type BlogReadModel } from '../ports/blog-read-model';
import { RICH_TEXT, type RichText } from '../ports/rich-text.port';
import {
  CreateArticleCommand,
  DeleteArticleCommand,
  MoveArticleCommand,
  RecordArticleReadCommand,
  SendBackArticleCommand,
  UpdateArticleCommand,
} from './article.commands';

/** What every article command shares: clean the text, keep the media usages in step, answer the view. */
abstract class ArticleCommandHandler {
  constructor(
    protected readonly blog: BlogAccess,
    @Inject(ARTICLE_REPOSITORY) protected readonly articles: ArticleRepository,
    @Inject(RICH_TEXT) protected readonly richText: RichText,
    protected readonly views: ArticleViews,
    protected readonly outbox: Outbox,
    protected readonly bus: Bus,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {}

  /** The body made safe, and the media it embeds followed by the ones only listed (an attachment, a cover). */
  protected clean(body: string, listed: Id[] = []): { body: string; mediaIds: Id[] } {
    const { html, mediaIds } = this.richText.sanitize(body);
    return { body: html, mediaIds: [...new Set([...mediaIds, ...listed.map((id) => id.toLowerCase())])] };
  }

  /**
   * The media context lets readers of the article see its items, in this unit of work (all or nothing).
   * Answers the items kept: one deleted since the last save (among `previous`) drops out of the list.
   */
  protected async registerMedia(actorId: Id, article: Article, previous: readonly Id[] = []): Promise<Id[]> {
    const { mediaIds } = await this.bus.command<{ mediaIds: Id[] }>(
      new RegisterMediaUsageCommand(actorId, { context: 'publication', resourceId: article.id }, [...article.mediaIds], { classId: article.classId, previous }),
    );
    return mediaIds;
  }

  protected answer(article: Article, standing: BlogStanding): Promise<ArticleView> {
    return this.views.article(article, standing);
  }

  protected save(article: Article, actorId: Id): Promise<void> {
    this.outbox.publishEventsOf(article, actorId);
    return this.articles.update(article, this.richText.excerpt(article.body, EXCERPT_CHARS));
  }
}

@CommandHandler(CreateArticleCommand)
export class CreateArticleHandler extends ArticleCommandHandler implements ICommandHandler<CreateArticleCommand, ArticleView> {
  async execute({ actor, classId, input }: CreateArticleCommand): Promise<ArticleView> {
    const standing = (await this.blog.inClass(actor.id, classId)).require('blog.write');
    const { body, mediaIds } = this.clean(input.body, input.mediaIds);
    const article = Article.write({
      id: newId(),
      classId,
      authorId: actor.id,
      authorRole: standing.actor.isClassTeacher ? 'TEACHER' : 'PUPIL',
      title: input.title,
      body,
      mediaIds,
      publish: input.publish,
      now: this.clock.now(),
    });
    await this.articles.add(article, actor, this.richText.excerpt(article.body, EXCERPT_CHARS));
    await this.registerMedia(actor.id, article);
    this.outbox.publishEventsOf(article, actor.id);
    return this.answer(article, standing);
  }
}

@CommandHandler(UpdateArticleCommand)
export class UpdateArticleHandler extends ArticleCommandHandler implements ICommandHandler<UpdateArticleCommand, ArticleView> {
  async execute({ actor, articleId, changes }: UpdateArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    standing.require('blog.write');
    // What the draft used before, including references to items deleted since (they drop out quietly).
    const previous = [...new Set([...article.mediaIds, ...this.richText.referencedMediaIds(article.body)])];
    const cleaned = changes.body !== undefined ? this.clean(changes.body, changes.mediaIds) : undefined;
    article.edit(
      standing.actor,
      {
        title: changes.title,
        body: cleaned?.body,
        // A new body brings its own media; new media alone are added to those the body embeds.
        mediaIds: cleaned?.mediaIds ?? (changes.mediaIds ? [...new Set([...this.richText.referencedMediaIds(article.body), ...changes.mediaIds.map((id) => id.toLowerCase())])] : undefined),
      },
      this.clock.now(),
    );
    const kept = await this.registerMedia(actor.id, article, previous);
    if (kept.length !== article.mediaIds.length) article.edit(standing.actor, { mediaIds: kept }, this.clock.now());
    await this.save(article, actor.id);
    return this.answer(article, standing);
  }
}

@CommandHandler(MoveArticleCommand)
export class MoveArticleHandler extends ArticleCommandHandler implements ICommandHandler<MoveArticleCommand, ArticleView> {
  async execute({ actor, articleId, move }: MoveArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    const now = this.clock.now();
    if (move === 'submit') {
      standing.require('blog.write');
      article.submit(standing.actor, now);
    } else if (move === 'publish') article.publish(standing.actor, now);
    else article.unpublish(standing.actor, now);
    await this.save(article, actor.id);
    return this.answer(article, standing);
  }
}

@CommandHandler(SendBackArticleCommand)
export class SendBackArticleHandler extends ArticleCommandHandler implements ICommandHandler<SendBackArticleCommand, ArticleView> {
  async execute({ actor, articleId, feedback }: SendBackArticleCommand): Promise<ArticleView> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    article.sendBack(standing.actor, feedback, this.clock.now());
    await this.save(article, actor.id);
    return this.answer(article, standing);
  }
}

@CommandHandler(DeleteArticleCommand)
export class DeleteArticleHandler extends ArticleCommandHandler implements ICommandHandler<DeleteArticleCommand, void> {
  async execute({ actor, articleId }: DeleteArticleCommand): Promise<void> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    checkMayDeleteArticle(article, standing.actor);
    await this.bus.command(new ReleaseMediaUsageCommand({ context: 'publication', resourceId: article.id }));
    await this.articles.remove(article.id);
    this.outbox.publish(PublicationEvents.ArticleDeleted, { articleId: article.id, classId: article.classId, authorId: article.authorId }, { actorId: actor.id });
  }
}

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
    await this.readModel.recordRead(article.id, reader satisfies PersonSnapshot, this.clock.now());
  }
}
