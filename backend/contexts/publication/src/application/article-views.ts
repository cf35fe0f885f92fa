import { Inject, Injectable } from '@nestjs/common';
import {
  type ArticleSummary,
  type ArticleView,
  type CommentView,
  type MediaItemView,
  type MediaPreview,
  ViewResourceMediaQuery,
} from '@preau/contracts';
import { CLOCK, type Clock, type Id } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { type Actor, type Article, articleMoves, commentMoves, type PersonSnapshot } from '../domain';
import type { BlogStanding } from './blog-access';
import { type ArticleRow, BLOG_READ_MODEL, type BlogReadModel, type CommentRow } from './ports/blog-read-model';

/** Who wrote something whose author row is gone (never expected: authors are stored with what they wrote). */
const unknownPerson = (id: Id): PersonSnapshot => ({ id, displayName: '', role: 'PUPIL' });

/** What a card shows of a picture: its small renditions (or a video's poster), nothing else. */
const CARD_RENDITIONS = ['w320', 'w1280', 'poster'];

/** The first picture a card can show: an image, or a video's poster. */
function coverOf(media: MediaItemView[]): MediaPreview | null {
  const item = media.find(
    (m) => m.status === 'ready' && (m.kind === 'image' || (m.kind === 'video' && m.renditions['poster'])),
  );
  if (!item) return null;
  const renditions = Object.fromEntries(
    Object.entries(item.renditions).filter(([name]) => CARD_RENDITIONS.includes(name)),
  );
  return { id: item.id, kind: item.kind, title: item.title, status: item.status, metadata: item.metadata, renditions };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Builds what the blog routes answer, with the media items' fresh signed links. */
@Injectable()
export class ArticleViews {
  constructor(
    private readonly bus: Bus,
    @Inject(BLOG_READ_MODEL) private readonly readModel: BlogReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Media of articles the viewer may read (checked by the caller), by article. */
  mediaOf(viewerId: Id, articleIds: Id[]): Promise<Record<Id, MediaItemView[]>> {
    if (articleIds.length === 0) return Promise.resolve({});
    return this.bus.query(new ViewResourceMediaQuery(viewerId, 'publication', articleIds));
  }

  summary(row: ArticleRow, media: MediaItemView[], isClassTeacher: boolean): ArticleSummary {
    return {
      id: row.id,
      classId: row.classId,
      title: row.title,
      excerpt: row.excerpt,
      status: row.status,
      author: { ...row.author },
      cover: coverOf(media),
      mediaCount: row.mediaIds.length,
      commentCount: row.commentCount + (isClassTeacher ? row.pendingCommentCount : 0),
      pendingCommentCount: isClassTeacher ? row.pendingCommentCount : 0,
      read: row.read,
      feedback: row.feedback,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      submittedAt: iso(row.submittedAt),
      publishedAt: iso(row.publishedAt),
    };
  }

  /** The whole article as `standing`'s person sees it (they may read it: checked by the caller). */
  async article(article: Article, standing: BlogStanding): Promise<ArticleView> {
    const actor = standing.actor;
    const [author, counts, media] = [
      await this.readModel.authorOf(article.id),
      await this.readModel.counts(article.id, standing.personId),
      (await this.mediaOf(standing.personId, [article.id]))[article.id] ?? [],
    ];
    const readerCount =
      actor.isClassTeacher && article.status === 'published' ? await this.readModel.readerCount(article.id) : undefined;
    const row: ArticleRow = { ...article.snapshot(), author: author ?? unknownPerson(article.authorId), ...counts };
    return {
      ...this.summary(row, media, actor.isClassTeacher),
      body: article.body,
      media,
      permissions: {
        ...articleMoves(article, actor, this.clock.now()),
        comment: article.status === 'published' && standing.may('blog.comment') && standing.commentModeration !== 'off',
        moderateComments: actor.isClassTeacher && standing.may('blog.comment.moderate'),
      },
      ...(readerCount !== undefined ? { readerCount } : {}),
    };
  }

  comment(row: CommentRow, actor: Actor): CommentView {
    return {
      id: row.id,
      articleId: row.articleId,
      body: row.body,
      author: { ...row.author },
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      permissions: commentMoves(row, actor),
    };
  }
}
