import type { ArticleStatus, CommentStatus } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../domain';

/** One article as a list shows it (no body). */
export interface ArticleRow {
  id: Id;
  classId: Id;
  title: string;
  excerpt: string;
  status: ArticleStatus;
  authorRole: 'PUPIL' | 'TEACHER';
  author: PersonSnapshot;
  mediaIds: Id[];
  feedback: string | null;
  commentCount: number;
  pendingCommentCount: number;
  /** Whether the viewer has a reading receipt for it. */
  read: boolean;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

export interface CommentRow {
  id: Id;
  articleId: Id;
  authorId: Id;
  body: string;
  author: PersonSnapshot;
  status: CommentStatus;
  createdAt: Date;
}

/** Which articles of a class a viewer's list holds (the application derives it from the access rules). */
export interface ArticleListFilter {
  classId: Id;
  viewerId: Id;
  /** Published ones always; `ownUnpublished`: the viewer's drafts and submitted ones; `allUnpublished`: everyone's (teachers). */
  unpublished: 'none' | 'own' | 'all';
  status?: ArticleStatus;
  after?: { sortAt: Date; id: Id };
  limit: number;
}

export interface BlogReadModel {
  articles(filter: ArticleListFilter): Promise<ArticleRow[]>;
  /** The article's author as stored with it. */
  authorOf(articleId: Id): Promise<PersonSnapshot | null>;
  counts(articleId: Id, viewerId: Id): Promise<Pick<ArticleRow, 'commentCount' | 'pendingCommentCount' | 'read'>>;
  comments(articleId: Id): Promise<CommentRow[]>;
  comment(id: Id): Promise<CommentRow | null>;
  pendingComments(classId: Id, limit: number): Promise<(CommentRow & { articleTitle: string })[]>;
  countPendingComments(classId: Id): Promise<number>;
  recordRead(articleId: Id, reader: PersonSnapshot, at: Date): Promise<void>;
  readers(articleId: Id): Promise<{ person: PersonSnapshot; readAt: Date }[]>;
  readerCount(articleId: Id): Promise<number>;
}

export const BLOG_READ_MODEL = Symbol('BlogReadModel');
