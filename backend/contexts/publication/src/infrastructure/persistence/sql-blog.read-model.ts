import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '@preau/platform';
import type { ArticleStatus, CommentStatus, Role } from '@preau/contracts';
import type { ArticleListFilter, ArticleRow, BlogReadModel, CommentRow } from '../../application/ports/blog-read-model';
import type { PersonSnapshot } from '../../domain';

interface ArticleListRecord {
  id: string;
  class_id: string;
  author_id: string;
  author_role: 'PUPIL' | 'TEACHER';
  author_name: string;
  author_account_role: Role;
  title: string;
  excerpt: string;
  media_ids: string[];
  status: ArticleStatus;
  feedback: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
  comment_count: number;
  pending_count: number;
  read: boolean;
}

interface CommentRecord {
  id: string;
  article_id: string;
  author_id: string;
  author_name: string;
  author_account_role: Role;
  body: string;
  status: CommentStatus;
  created_at: Date;
}

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

function articleRow(r: ArticleListRecord): ArticleRow {
  return {
    id: r.id,
    classId: r.class_id,
    title: r.title,
    excerpt: r.excerpt,
    status: r.status,
    authorRole: r.author_role,
    author: { id: r.author_id, displayName: r.author_name, role: r.author_account_role },
    mediaIds: r.media_ids ?? [],
    feedback: r.feedback,
    commentCount: Number(r.comment_count),
    pendingCommentCount: Number(r.pending_count),
    read: r.read,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    submittedAt: date(r.submitted_at),
    publishedAt: date(r.published_at),
  };
}

function commentRow(r: CommentRecord): CommentRow {
  return {
    id: r.id,
    articleId: r.article_id,
    authorId: r.author_id,
    body: r.body,
    author: { id: r.author_id, displayName: r.author_name, role: r.author_account_role },
    status: r.status,
    createdAt: new Date(r.created_at),
  };
}

const COMMENT_COLUMNS =
  'c.id, c.article_id, c.author_id, c.author_name, c.author_account_role, c.body, c.status, c.created_at';

/** The blog's lists and counts, straight from SQL (one query a page). */
@Injectable()
export class SqlBlogReadModel implements BlogReadModel {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async articles(filter: ArticleListFilter): Promise<ArticleRow[]> {
    if (filter.unpublished === 'none' && filter.status && filter.status !== 'published') return [];
    const publishedOnly = filter.unpublished === 'none' || filter.status === 'published';
    // Published articles sort by publication (the partial index serves the families' feed); the others by their last change.
    const sortAt = publishedOnly ? 'a.published_at' : 'coalesce(a.published_at, a.updated_at)';
    const where = ['a.class_id = ?'];
    const params: unknown[] = [filter.viewerId, filter.viewerId, filter.classId];
    if (publishedOnly) where.push(`a.status = 'published'`);
    else if (filter.unpublished === 'own') {
      where.push(`(a.status = 'published' or a.author_id = ?)`);
      params.push(filter.viewerId);
    }
    if (filter.status && filter.status !== 'published') {
      where.push('a.status = ?');
      params.push(filter.status);
    }
    if (filter.after) {
      where.push(`(${sortAt}, a.id) < (?, ?)`);
      params.push(filter.after.sortAt, filter.after.id);
    }
    params.push(filter.limit);
    const rows = await this.sql<ArticleListRecord>(
      `select a.id, a.class_id, a.title, a.excerpt, a.status, a.author_role, a.author_id, a.author_name, a.author_account_role, a.media_ids,
              a.feedback, a.created_at, a.updated_at, a.submitted_at, a.published_at,
              (select count(*) from publication.comment c where c.article_id = a.id and c.status = 'visible') as comment_count,
              (select count(*) from publication.comment c where c.article_id = a.id and c.status = 'pending') as pending_count,
              (a.author_id = ? or exists (select 1 from publication.article_read r where r.article_id = a.id and r.person_id = ?)) as read
         from publication.article a
        where ${where.join(' and ')}
        order by ${sortAt} desc, a.id desc
        limit ?`,
      params,
    );
    return rows.map(articleRow);
  }

  async authorOf(articleId: string): Promise<PersonSnapshot | null> {
    const [row] = await this.sql<{ author_id: string; author_name: string; author_account_role: Role }>(
      'select author_id, author_name, author_account_role from publication.article where id = ?',
      [articleId],
    );
    return row ? { id: row.author_id, displayName: row.author_name, role: row.author_account_role } : null;
  }

  async counts(
    articleId: string,
    viewerId: string,
  ): Promise<Pick<ArticleRow, 'commentCount' | 'pendingCommentCount' | 'read'>> {
    const [row] = await this.sql<{ visible: number; pending: number; read: boolean }>(
      `select count(*) filter (where c.status = 'visible') as visible, count(*) filter (where c.status = 'pending') as pending,
              exists (select 1 from publication.article_read r where r.article_id = ? and r.person_id = ?)
              or exists (select 1 from publication.article a where a.id = ? and a.author_id = ?) as read
         from publication.comment c where c.article_id = ?`,
      [articleId, viewerId, articleId, viewerId, articleId],
    );
    return {
      commentCount: Number(row?.visible ?? 0),
      pendingCommentCount: Number(row?.pending ?? 0),
      read: !!row?.read,
    };
  }

  async comments(articleId: string): Promise<CommentRow[]> {
    return (
      await this.sql<CommentRecord>(
        `select ${COMMENT_COLUMNS} from publication.comment c where c.article_id = ? order by c.created_at, c.id`,
        [articleId],
      )
    ).map(commentRow);
  }

  async comment(id: string): Promise<CommentRow | null> {
    const [row] = await this.sql<CommentRecord>(`select ${COMMENT_COLUMNS} from publication.comment c where c.id = ?`, [
      id,
    ]);
    return row ? commentRow(row) : null;
  }

  async pendingComments(classId: string, limit: number): Promise<(CommentRow & { articleTitle: string })[]> {
    const rows = await this.sql<CommentRecord & { article_title: string }>(
      `select ${COMMENT_COLUMNS}, a.title as article_title
         from publication.comment c join publication.article a on a.id = c.article_id
        where a.class_id = ? and c.status = 'pending'
        order by c.created_at, c.id limit ?`,
      [classId, limit],
    );
    return rows.map((r) => ({ ...commentRow(r), articleTitle: r.article_title }));
  }

  async countPendingComments(classId: string): Promise<number> {
    const [row] = await this.sql<{ n: number }>(
      `select count(*) as n from publication.comment c join publication.article a on a.id = c.article_id where a.class_id = ? and c.status = 'pending'`,
      [classId],
    );
    return Number(row?.n ?? 0);
  }

  async recordRead(articleId: string, reader: PersonSnapshot, at: Date): Promise<void> {
    await this.sql(
      `insert into publication.article_read (article_id, person_id, person_name, person_role, read_at) values (?, ?, ?, ?, ?) on conflict do nothing`,
      [articleId, reader.id, reader.displayName, reader.role, at],
    );
  }

  async readers(articleId: string): Promise<{ person: PersonSnapshot; readAt: Date }[]> {
    const rows = await this.sql<{ person_id: string; person_name: string; person_role: Role; read_at: Date }>(
      'select person_id, person_name, person_role, read_at from publication.article_read where article_id = ? order by read_at',
      [articleId],
    );
    return rows.map((r) => ({
      person: { id: r.person_id, displayName: r.person_name, role: r.person_role },
      readAt: new Date(r.read_at),
    }));
  }

  async readerCount(articleId: string): Promise<number> {
    const [row] = await this.sql<{ n: number }>(
      'select count(*) as n from publication.article_read where article_id = ?',
      [articleId],
    );
    return Number(row?.n ?? 0);
  }
}
