import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '@preau/platform';
import { Comment, type CommentState } from '../../domain';
import type { PersonSnapshot } from '../../application/ports/article.repository';
import type { CommentRepository } from '../../application/ports/comment.repository';

interface CommentRecord {
  id: string;
  article_id: string;
  author_id: string;
  body: string;
  status: CommentState['status'];
  created_at: Date;
}

@Injectable()
export class SqlCommentRepository implements CommentRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async byIdForUpdate(id: string): Promise<Comment | null> {
    const [row] = await this.sql<CommentRecord>('select id, article_id, author_id, body, status, created_at from publication.comment where id = ? for update', [id]);
    return row
      ? Comment.restore({ id: row.id, articleId: row.article_id, authorId: row.author_id, body: row.body, status: row.status, createdAt: new Date(row.created_at) })
      : null;
  }

  async add(comment: Comment, author: PersonSnapshot): Promise<void> {
    const s = comment.snapshot();
    await this.sql(
      'insert into publication.comment (id, article_id, author_id, author_name, author_account_role, body, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [s.id, s.articleId, s.authorId, author.displayName, author.role, s.body, s.status, s.createdAt],
    );
  }

  async update(comment: Comment): Promise<void> {
    const s = comment.snapshot();
    await this.sql('update publication.comment set status = ? where id = ?', [s.status, s.id]);
  }

  async remove(id: string): Promise<void> {
    await this.sql('delete from publication.comment where id = ?', [id]);
  }
}
