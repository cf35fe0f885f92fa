import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ArticleViews } from './application/article-views';
import { BlogAccess } from './application/blog-access';
import { CreateArticleHandler } from './application/commands/create-article/create-article.handler';
import { CreateCommentHandler } from './application/commands/create-comment/create-comment.handler';
import { DeleteArticleHandler } from './application/commands/delete-article/delete-article.handler';
import { DeleteCommentHandler } from './application/commands/delete-comment/delete-comment.handler';
import { ModerateCommentHandler } from './application/commands/moderate-comment/moderate-comment.handler';
import { MoveArticleHandler } from './application/commands/move-article/move-article.handler';
import { RecordArticleReadHandler } from './application/commands/record-article-read/record-article-read.handler';
import { SendBackArticleHandler } from './application/commands/send-back-article/send-back-article.handler';
import { UpdateArticleHandler } from './application/commands/update-article/update-article.handler';
import { BLOG_READ_MODEL } from './application/ports/blog-read-model';
import { RICH_TEXT } from './application/ports/rich-text.port';
import { GetArticleHandler } from './application/queries/get-article/get-article.handler';
import { GetArticleReadersHandler } from './application/queries/get-article-readers/get-article-readers.handler';
import { GetModerationQueueHandler } from './application/queries/get-moderation-queue/get-moderation-queue.handler';
import { ListArticlesHandler } from './application/queries/list-articles/list-articles.handler';
import { ListCommentsHandler } from './application/queries/list-comments/list-comments.handler';
import { MayReadArticleHandler } from './application/queries/may-read-article/may-read-article.handler';
import { ARTICLE_REPOSITORY, COMMENT_REPOSITORY } from './domain';
import { ArticleSchema } from './infrastructure/persistence/article.schema';
import { CommentSchema } from './infrastructure/persistence/comment.schema';
import { MikroOrmArticleRepository } from './infrastructure/persistence/mikro-orm-article.repository';
import { MikroOrmCommentRepository } from './infrastructure/persistence/mikro-orm-comment.repository';
import { SqlBlogReadModel } from './infrastructure/persistence/sql-blog.read-model';
import { SanitizeHtmlRichText } from './infrastructure/sanitizer/sanitize-html-rich-text';
import { BlogController } from './interface/http/blog.controller';

/** The class blog: articles with their validation workflow, moderated comments, reading receipts. */
@Module({
  imports: [MikroOrmModule.forFeature([ArticleSchema, CommentSchema])],
  controllers: [BlogController],
  providers: [
    { provide: ARTICLE_REPOSITORY, useClass: MikroOrmArticleRepository },
    { provide: COMMENT_REPOSITORY, useClass: MikroOrmCommentRepository },
    { provide: BLOG_READ_MODEL, useClass: SqlBlogReadModel },
    { provide: RICH_TEXT, useClass: SanitizeHtmlRichText },
    BlogAccess,
    ArticleViews,
    CreateArticleHandler,
    UpdateArticleHandler,
    MoveArticleHandler,
    SendBackArticleHandler,
    DeleteArticleHandler,
    RecordArticleReadHandler,
    CreateCommentHandler,
    ModerateCommentHandler,
    DeleteCommentHandler,
    ListArticlesHandler,
    GetArticleHandler,
    ListCommentsHandler,
    GetArticleReadersHandler,
    GetModerationQueueHandler,
    MayReadArticleHandler,
  ],
})
export class PublicationModule {}
