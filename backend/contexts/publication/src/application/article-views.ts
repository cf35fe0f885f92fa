import { Inject, Injectable } from '@nestjs/common';
import { type ArticleSummary, type ArticleView, type CommentView, type MediaItemView, type MediaPreview, ViewResourceMediaQuery } from '@preau/contracts';
import { brokenRule, CLOCK, type Clock, type Id } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { type Actor, type Article, articleMoves, checkMayDeleteComment } from '../domain';
import type { BlogStanding } from './blog-access';
import type { ArticleRow, CommentRow } from './ports/blog-read-model';

/** What a card shows of a picture: its small renditions (or a video's poster), nothing else. */
const CARD_RENDITIONS = ['w320', 'w1280', 'poster'];

/** The first picture a card can show: an image, or a video's poster. */
function coverOf(media: MediaItemView[]): MediaPreview | null {
  const item = media.find((m) => m.status === 'ready' && (m.kind === 'image' || (m.kind === 'video' && m.renditions['poster'])));
  if (!item) return null;
  const renditions = Object.fromEntries(Object.entries(item.renditions).filter(([name]) => CARD_RENDITIONS.includes(name)));
  return { id: item.id, kind: item.kind, title: item.title, status: item.status, metadata: item.metadata, renditions };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Builds what the blog routes answer, with the media items' fresh signed links. */
@Injectable()
export class ArticleViews {
  constructor(
    private readonly bus: Bus,
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

  async article(article: Article, row: Omit<ArticleRow, 'excerpt'> & { excerpt: string }, standing: BlogStanding, readerCount?: number): Promise<ArticleView> {
    const media = (await this.mediaOf(standing.personId, [article.id]))[article.id] ?? [];
    const actor = standing.actor;
    const moves = articleMoves(article, actor, this.clock.now());
    return {
      ...this.summary(row, media, actor.isClassTeacher),
      body: article.body,
      media,
      permissions: {
        ...moves,
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
      permissions: {
        approve: actor.isClassTeacher && row.status !== 'visible',
        hide: actor.isClassTeacher && row.status !== 'hidden',
        delete: brokenRule(() => checkMayDeleteComment(row, actor)) === null,
      },
    };
  }
}
