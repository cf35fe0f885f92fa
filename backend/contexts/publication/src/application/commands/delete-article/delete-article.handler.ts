import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PublicationEvents, ReleaseMediaUsageCommand } from '@preau/contracts';
import { Bus, Outbox } from '@preau/platform';
import { ARTICLE_REPOSITORY, type ArticleRepository, checkMayDeleteArticle } from '../../../domain';
import { BlogAccess } from '../../blog-access';
import { DeleteArticleCommand } from './delete-article.command';

/** Its comments and reading receipts go with it (the database cascades); its media are no longer its. */
@CommandHandler(DeleteArticleCommand)
export class DeleteArticleHandler implements ICommandHandler<DeleteArticleCommand, void> {
  constructor(
    private readonly blog: BlogAccess,
    @Inject(ARTICLE_REPOSITORY) private readonly articles: ArticleRepository,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
  ) {}

  async execute({ actor, articleId }: DeleteArticleCommand): Promise<void> {
    const { article, standing } = await this.blog.readable(actor.id, articleId, 'update');
    checkMayDeleteArticle(article, standing.actor);
    await this.bus.command(new ReleaseMediaUsageCommand({ context: 'publication', resourceId: article.id }));
    this.articles.remove(article);
    this.outbox.publish(
      PublicationEvents.ArticleDeleted,
      { articleId: article.id, classId: article.classId, authorId: article.authorId },
      { actorId: actor.id },
    );
  }
}
