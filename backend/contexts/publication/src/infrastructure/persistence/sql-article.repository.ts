import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '@preau/platform';
import type { Role } from '@preau/contracts';
import { Article, type ArticleState } from '../../domain';
import type { ArticleRepository, PersonSnapshot } from '../../application/ports/article.repository';

export interface ArticleRecord {
  id: string;
  class_id: string;
  author_id: string;
  author_role: 'PUPIL' | 'TEACHER';
  author_name: string;
  author_account_role: Role;
  title: string;
  body: string;
  excerpt: string;
  media_ids: string[];
  status: ArticleState['status'];
  feedback: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
}

const COLUMNS = 'id, class_id, author_id, author_role, title, body, media_ids, status, feedback, created_at, updated_at, submitted_at, published_at';

function restore(row: ArticleRecord): Article {
  return Article.restore({
    id: row.id,
    classId: row.class_id,
    authorId: row.author_id,
    authorRole: row.author_role,
    title: row.title,
    body: row.body,
    mediaIds: row.media_ids ?? [],
    status: row.status,
    feedback: row.feedback,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
  });
}

/** Articles in `publication.article`, written as whole rows from the aggregate's snapshot. */
@Injectable()
export class SqlArticleRepository implements ArticleRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async byId(id: string): Promise<Article | null> {
    const [row] = await this.sql<ArticleRecord>(`select ${COLUMNS} from publication.article where id = ?`, [id]);
    return row ? restore(row) : null;
  }

  async byIdLocked(id: string, lock: 'share' | 'update'): Promise<Article | null> {
    const [row] = await this.sql<ArticleRecord>(`select ${COLUMNS} from publication.article where id = ? ${lock === 'update' ? 'for update' : 'for share'}`, [id]);
    return row ? restore(row) : null;
  }

  async add(article: Article, author: PersonSnapshot, excerpt: string): Promise<void> {
    const s = article.snapshot();
    await this.sql(
      `insert into publication.article (id, class_id, author_id, author_role, author_name, author_account_role, title, body, excerpt, media_ids, status, feedback, created_at, updated_at, submitted_at, published_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?, ?, ?)`,
      [s.id, s.classId, s.authorId, s.authorRole, author.displayName, author.role, s.title, s.body, excerpt, s.mediaIds, s.status, s.feedback, s.createdAt, s.updatedAt, s.submittedAt, s.publishedAt],
    );
  }

  async update(article: Article, excerpt: string): Promise<void> {
    const s = article.snapshot();
    await this.sql(
      `update publication.article set title = ?, body = ?, excerpt = ?, media_ids = ?::uuid[], status = ?, feedback = ?, updated_at = ?, submitted_at = ?, published_at = ? where id = ?`,
      [s.title, s.body, excerpt, s.mediaIds, s.status, s.feedback, s.updatedAt, s.submittedAt, s.publishedAt, s.id],
    );
  }

  async remove(id: string): Promise<void> {
    await this.sql('delete from publication.article where id = ?', [id]);
  }
}
