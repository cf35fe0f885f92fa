import { Module } from '@nestjs/common';
import { ArticleViews } from './application/article-views';
import { BlogAccess } from './application/blog-access';
import {
  CreateArticleHandler,
  DeleteArticleHandler,
  MoveArticleHandler,
  RecordArticleReadHandler,
  SendBackArticleHandler,
  UpdateArticleHandler,
} from './application/commands/article.handlers';
import { CreateCommentHandler, DeleteCommentHandler, ModerateCommentHandler } from './application/commands/comment.handlers';
import { ARTICLE_REPOSITORY } from './application/ports/article.repository';
import { BLOG_READ_MODEL } from './application/ports/blog-read-model';
import { COMMENT_REPOSITORY } from './application/ports/comment.repository';
import { RICH_TEXT } from './application/ports/rich-text.port';
import {
  GetArticleHandler,
  GetArticleReadersHandler,
  GetModerationQueueHandler,
  ListArticlesHandler,
  ListCommentsHandler,
  MayReadArticleHandler,
} from './application/queries/blog.queries';
import { SqlArticleRepository } from './infrastructure/persistence/sql-article.repository';
import { SqlBlogReadModel } from './infrastructure/persistence/sql-blog-read-model';
import { SqlCommentRepository } from './infrastructure/persistence/sql-comment.repository';
import { SanitizeHtmlRichText } from './infrastructure/sanitizer/sanitize-html-rich-text';
import { BlogController } from './interface/http/blog.controller';

/** The class blog: articles with their validation workflow, moderated comments, reading receipts. */
@Module({
  controllers: [BlogController],
  providers: [
    { provide: ARTICLE_REPOSITORY, useClass: SqlArticleRepository },
    { provide: COMMENT_REPOSITORY, useClass: SqlCommentRepository },
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
