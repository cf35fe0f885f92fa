import type { Id } from '@preau/kernel';
import type { ArticleListFilter, ArticleRow, BlogReadModel, CommentRow } from '../application/ports/blog-read-model';
import type { Article, Comment, PersonSnapshot } from '../domain';
import type { InMemoryArticleRepository } from './in-memory-article.repository';
import type { InMemoryCommentRepository } from './in-memory-comment.repository';

const authorOf = (item: Article | Comment): PersonSnapshot => ({
  id: item.authorId,
  displayName: item.authorName,
  role: item.authorAccountRole,
});

/**
 * The blog's lists computed from the in-memory repositories, with the SQL read model's rules (which rows a
 * filter keeps, their order); `filters` records what the handlers asked for.
 */
export class InMemoryBlogReadModel implements BlogReadModel {
  readonly filters: ArticleListFilter[] = [];
  readonly receipts: { articleId: Id; person: PersonSnapshot; readAt: Date }[] = [];

  constructor(
    private readonly articleStore: InMemoryArticleRepository,
    private readonly commentStore: InMemoryCommentRepository,
  ) {}

  async articles(filter: ArticleListFilter): Promise<ArticleRow[]> {
    this.filters.push(filter);
    if (filter.unpublished === 'none' && filter.status && filter.status !== 'published') return [];
    const publishedOnly = filter.unpublished === 'none' || filter.status === 'published';
    const sortAt = (a: Article) => (publishedOnly ? a.publishedAt : (a.publishedAt ?? a.updatedAt)) as Date;
    const before = (a: Article) => {
      if (!filter.after) return true;
      const at = sortAt(a).getTime();
      const after = filter.after.sortAt.getTime();
      return at < after || (at === after && a.id < filter.after.id);
    };
    const rows = this.articleStore
      .all()
      .filter((a) => a.classId === filter.classId)
      .filter((a) =>
        publishedOnly
          ? a.status === 'published'
          : filter.unpublished === 'own'
            ? a.status === 'published' || a.authorId === filter.viewerId
            : true,
      )
      .filter((a) => !filter.status || filter.status === 'published' || a.status === filter.status)
      .filter(before)
      .sort((a, b) => sortAt(b).getTime() - sortAt(a).getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, filter.limit);
    return Promise.all(
      rows.map(async (a) => ({ ...a.snapshot(), author: authorOf(a), ...(await this.counts(a.id, filter.viewerId)) })),
    );
  }

  async authorOf(articleId: Id): Promise<PersonSnapshot | null> {
    const article = await this.articleStore.byId(articleId);
    return article ? authorOf(article) : null;
  }

  async counts(
    articleId: Id,
    viewerId: Id,
  ): Promise<Pick<ArticleRow, 'commentCount' | 'pendingCommentCount' | 'read'>> {
    const comments = this.commentStore.all().filter((c) => c.articleId === articleId);
    const article = await this.articleStore.byId(articleId);
    return {
      commentCount: comments.filter((c) => c.status === 'visible').length,
      pendingCommentCount: comments.filter((c) => c.status === 'pending').length,
      read:
        article?.authorId === viewerId ||
        this.receipts.some((r) => r.articleId === articleId && r.person.id === viewerId),
    };
  }

  async comments(articleId: Id): Promise<CommentRow[]> {
    return this.commentStore
      .all()
      .filter((c) => c.articleId === articleId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((c) => ({ ...c.snapshot(), author: authorOf(c) }));
  }

  async comment(id: Id): Promise<CommentRow | null> {
    const comment = await this.commentStore.byIdForUpdate(id);
    return comment ? { ...comment.snapshot(), author: authorOf(comment) } : null;
  }

  async pendingComments(classId: Id, limit: number): Promise<(CommentRow & { articleTitle: string })[]> {
    const titles = new Map(
      this.articleStore
        .all()
        .filter((a) => a.classId === classId)
        .map((a) => [a.id, a.title]),
    );
    const rows: (CommentRow & { articleTitle: string })[] = [];
    for (const articleId of titles.keys()) {
      for (const row of await this.comments(articleId))
        if (row.status === 'pending') rows.push({ ...row, articleTitle: titles.get(articleId) ?? '' });
    }
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, limit);
  }

  async countPendingComments(classId: Id): Promise<number> {
    return (await this.pendingComments(classId, Number.MAX_SAFE_INTEGER)).length;
  }

  async recordRead(articleId: Id, reader: PersonSnapshot, at: Date): Promise<void> {
    if (this.receipts.some((r) => r.articleId === articleId && r.person.id === reader.id)) return;
    this.receipts.push({ articleId, person: { ...reader }, readAt: at });
  }

  async readers(articleId: Id): Promise<{ person: PersonSnapshot; readAt: Date }[]> {
    return this.receipts
      .filter((r) => r.articleId === articleId)
      .sort((a, b) => a.readAt.getTime() - b.readAt.getTime())
      .map(({ person, readAt }) => ({ person, readAt }));
  }

  async readerCount(articleId: Id): Promise<number> {
    return (await this.readers(articleId)).length;
  }
}
