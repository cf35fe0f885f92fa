import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ArticlePage,
  ArticleReadersView,
  ArticleView,
  CommentPage,
  CommentView,
  ModerationQueueView,
} from '@preau/contracts';
import {
  commentRequestSchema,
  createArticleRequestSchema,
  listArticlesQuerySchema,
  sendBackRequestSchema,
  updateArticleRequestSchema,
} from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { CreateArticleCommand } from '../../application/commands/create-article/create-article.command';
import { CreateCommentCommand } from '../../application/commands/create-comment/create-comment.command';
import { DeleteArticleCommand } from '../../application/commands/delete-article/delete-article.command';
import { DeleteCommentCommand } from '../../application/commands/delete-comment/delete-comment.command';
import { ModerateCommentCommand } from '../../application/commands/moderate-comment/moderate-comment.command';
import { MoveArticleCommand } from '../../application/commands/move-article/move-article.command';
import { RecordArticleReadCommand } from '../../application/commands/record-article-read/record-article-read.command';
import { SendBackArticleCommand } from '../../application/commands/send-back-article/send-back-article.command';
import { UpdateArticleCommand } from '../../application/commands/update-article/update-article.command';
import { GetArticleQuery } from '../../application/queries/get-article/get-article.query';
import { GetArticleReadersQuery } from '../../application/queries/get-article-readers/get-article-readers.query';
import { GetModerationQueueQuery } from '../../application/queries/get-moderation-queue/get-moderation-queue.query';
import { ListArticlesQuery } from '../../application/queries/list-articles/list-articles.query';
import { ListCommentsQuery } from '../../application/queries/list-comments/list-comments.query';
import type { PersonSnapshot } from '../../domain';

class CreateArticleDto extends createZodDto(createArticleRequestSchema) {}
class UpdateArticleDto extends createZodDto(updateArticleRequestSchema) {}
class ListArticlesDto extends createZodDto(listArticlesQuerySchema) {}
class SendBackDto extends createZodDto(sendBackRequestSchema) {}
class CommentDto extends createZodDto(commentRequestSchema) {}

const person = (user: AuthenticatedUser): PersonSnapshot => ({
  id: user.id,
  displayName: user.displayName,
  role: user.role,
});

/** The class blog (docs/product/api-conventions.md, blog routes). Every decision is the application's; this only translates HTTP. */
@ApiTags('blog')
@Controller()
export class BlogController {
  constructor(private readonly bus: Bus) {}

  @Get('classes/:classId/blog/articles')
  @ApiOperation({
    summary:
      "A class blog's articles, newest first: published ones; a pupil's own drafts; drafts and submitted ones for the class's teachers",
  })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Query() query: ListArticlesDto,
  ): Promise<ArticlePage> {
    return this.bus.query(new ListArticlesQuery(user.id, classId, query));
  }

  @Post('classes/:classId/blog/articles')
  @ApiOperation({
    summary:
      'Write an article (a draft; a teacher may publish at once with `publish: true`). The body is sanitised, never refused for its markup',
  })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Body() body: CreateArticleDto,
  ): Promise<ArticleView> {
    return this.bus.command(new CreateArticleCommand(person(user), classId, body));
  }

  @Get('classes/:classId/blog/moderation')
  @ApiOperation({ summary: "The teacher's queue: submitted articles and comments awaiting approval, with counts" })
  moderation(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
  ): Promise<ModerationQueueView> {
    return this.bus.query(new GetModerationQueueQuery(user.id, classId));
  }

  @Get('blog/articles/:id')
  @ApiOperation({
    summary:
      'An article with its media (fresh signed links) and what I may do with it; opening a published article leaves a reading receipt',
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ArticleView> {
    const article = await this.bus.query(new GetArticleQuery(user.id, id));
    if (article.status === 'published' && !article.read)
      await this.bus.command(new RecordArticleReadCommand(person(user), id));
    return article;
  }

  @Patch('blog/articles/:id')
  @ApiOperation({ summary: 'Change my draft (title, body, media)' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateArticleDto,
  ): Promise<ArticleView> {
    return this.bus.command(new UpdateArticleCommand(person(user), id, body));
  }

  @Delete('blog/articles/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an article: a teacher of the class any; its author their own draft' })
  async delete(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new DeleteArticleCommand(person(user), id));
  }

  @Post('blog/articles/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'A pupil submits their draft to the teacher' })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ArticleView> {
    return this.bus.command(new MoveArticleCommand(person(user), id, 'submit'));
  }

  @Post('blog/articles/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'A teacher publishes a submitted article, or their own draft' })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ArticleView> {
    return this.bus.command(new MoveArticleCommand(person(user), id, 'publish'));
  }

  @Post('blog/articles/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'A teacher sends a submitted article back to draft with feedback the pupil reads' })
  reject(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SendBackDto,
  ): Promise<ArticleView> {
    return this.bus.command(new SendBackArticleCommand(person(user), id, body.feedback));
  }

  @Post('blog/articles/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'A teacher takes a published article back to draft' })
  unpublish(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ArticleView> {
    return this.bus.command(new MoveArticleCommand(person(user), id, 'unpublish'));
  }

  @Get('blog/articles/:id/readers')
  @ApiOperation({ summary: 'Reading receipts: who opened the published article (teachers of the class)' })
  readers(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ArticleReadersView> {
    return this.bus.query(new GetArticleReadersQuery(user.id, id));
  }

  @Get('blog/articles/:id/comments')
  @ApiOperation({ summary: 'Comments I may see: visible ones; my own pending ones; all of them for the teachers' })
  comments(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CommentPage> {
    return this.bus.query(new ListCommentsQuery(user.id, id));
  }

  @Post('blog/articles/:id/comments')
  @ApiOperation({ summary: 'Comment (plain text): pending until a teacher approves when the class holds comments' })
  comment(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CommentDto,
  ): Promise<CommentView> {
    return this.bus.command(new CreateCommentCommand(person(user), id, body.body));
  }

  @Post('blog/comments/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'A teacher shows a held (or hidden) comment' })
  approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CommentView> {
    return this.bus.command(new ModerateCommentCommand(person(user), id, 'approve'));
  }

  @Post('blog/comments/:id/hide')
  @HttpCode(200)
  @ApiOperation({ summary: 'A teacher hides a comment (or refuses a held one)' })
  hide(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CommentView> {
    return this.bus.command(new ModerateCommentCommand(person(user), id, 'hide'));
  }

  @Delete('blog/comments/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a comment: its author, or a teacher of the class' })
  async deleteComment(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new DeleteCommentCommand(person(user), id));
  }
}
