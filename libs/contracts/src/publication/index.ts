import { Query } from '../messages';
import type { Role } from '../identity';
import type { MediaItemView } from '../media';

/** The class blog's published language (docs/product/api-conventions.md, blog routes). */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const COMMENT_STATUSES = ['pending', 'visible', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const ARTICLE_TITLE_MAX_CHARS = 200;
export const ARTICLE_BODY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 2000;
export const FEEDBACK_MAX_CHARS = 2000;

/** A picture as a card shows it: its small renditions only (`w320`, `w1280`, or a video's `poster`). */
export type MediaPreview = Pick<MediaItemView, 'id' | 'kind' | 'title' | 'status' | 'metadata' | 'renditions'>;

export interface BlogPersonRef {
  id: string;
  displayName: string;
  role: Role;
}

/** What the caller may do with an article now (for the UI; the server checks again on every call). */
export interface ArticlePermissions {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  sendBack: boolean;
  unpublish: boolean;
  delete: boolean;
  comment: boolean;
  moderateComments: boolean;
}

/** One line of a class blog's list: enough for a card (title, excerpt, cover, counts). */
export interface ArticleSummary {
  id: string;
  classId: string;
  title: string;
  /** Plain text, the first ~280 characters of the body. */
  excerpt: string;
  status: ArticleStatus;
  author: BlogPersonRef;
  /** The first image (or video poster) embedded, with signed links to its small renditions; null when none. */
  cover: MediaPreview | null;
  mediaCount: number;
  /** Visible comments; for the class's teachers also the ones waiting for approval. */
  commentCount: number;
  pendingCommentCount: number;
  /** True when the caller has opened this published article (drives "new since my last visit"). */
  read: boolean;
  feedback: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export interface ArticlePage {
  items: ArticleSummary[];
  nextCursor: string | null;
}

/** An article as its reader sees it. `body` is sanitised HTML whose media are `data-media-id` references to `media`. */
export interface ArticleView extends ArticleSummary {
  body: string;
  /** The embedded media items, with fresh signed links (a removed item is absent). */
  media: MediaItemView[];
  permissions: ArticlePermissions;
  /** For the class's teachers: how many of the class's families and pupils have opened it. */
  readerCount?: number;
}

export interface CommentView {
  id: string;
  articleId: string;
  body: string;
  author: BlogPersonRef;
  status: CommentStatus;
  createdAt: string;
  /** What the caller may do with it. */
  permissions: { approve: boolean; hide: boolean; delete: boolean };
}

export interface CommentPage {
  items: CommentView[];
}

/** The teacher's queue for one class: submitted articles and held comments, with counts. */
export interface ModerationQueueView {
  classId: string;
  submitted: ArticleSummary[];
  pendingComments: (CommentView & { articleTitle: string })[];
  counts: { submitted: number; pendingComments: number };
}

/** Who opened a published article (teachers only: reading receipts). */
export interface ArticleReadersView {
  readers: { person: BlogPersonRef; readAt: string }[];
}

/**
 * "May P read article A?" (the media context asks it for items an article embeds) → { allowed: boolean }.
 * Answered by the publication context.
 */
export class MayReadArticleQuery extends Query<{ allowed: boolean }> {
  constructor(
    readonly personId: string,
    readonly articleId: string,
  ) {
    super();
  }
}

export * from './events';
