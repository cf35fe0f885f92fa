import { Injectable, computed, inject, signal } from '@angular/core';
import type { ArticleReadersView, ArticleView, CommentView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ArticleTransition, BlogApi } from './blog-api';

export interface ArticleMessage {
  key: string;
  error: boolean;
  params?: Record<string, string>;
}

/**
 * One article as its reader sees it, with its comments and, for the class's teachers, who read it;
 * and what the caller may do with them (workflow, comments, moderation). Provided by the page.
 */
@Injectable()
export class ArticleStore {
  private readonly api = inject(BlogApi);
  private generation = 0;

  readonly article = signal<ArticleView | null>(null);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);
  readonly comments = signal<CommentView[]>([]);
  readonly commentsError = signal<unknown>(null);
  readonly readers = signal<ArticleReadersView['readers'] | null>(null);
  /** The action in progress (`submit`, `comment`, a comment's id...), one at a time. */
  readonly busy = signal<string | null>(null);
  /** What the last action did, or why it failed. */
  readonly message = signal<ArticleMessage | null>(null);
  /** Where the comment form is at: its last error. */
  readonly commentError = signal<string | null>(null);

  readonly permissions = computed(() => this.article()?.permissions ?? null);
  /** Comments the reader sees (hidden ones only show to those who moderate). */
  readonly visibleComments = computed(() => this.comments().filter((c) => c.status !== 'hidden' || c.permissions.approve));

  /** Opens the article (a published one records the reading receipt), then its comments. */
  async load(id: string): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    this.message.set(null);
    this.readers.set(null);
    try {
      const article = await firstValueFrom(this.api.get(id));
      if (generation !== this.generation) return;
      this.article.set(article);
      if (article.status === 'published') await this.loadComments();
      else this.comments.set([]);
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  async loadComments(): Promise<void> {
    const article = this.article();
    if (!article) return;
    this.commentsError.set(null);
    try {
      const page = await firstValueFrom(this.api.comments(article.id));
      if (this.article()?.id === article.id) this.comments.set(page.items);
    } catch (error) {
      this.commentsError.set(error);
    }
  }

  async loadReaders(): Promise<void> {
    const article = this.article();
    if (!article) return;
    try {
      this.readers.set((await firstValueFrom(this.api.readers(article.id))).readers);
    } catch (error) {
      this.message.set({ key: errorMessageKey(error), error: true });
    }
  }

  /** submit / publish / unpublish; the article as it is now. */
  transition(transition: ArticleTransition): Promise<boolean> {
    return this.act(transition, async (id) => {
      const article = await firstValueFrom(this.api.transition(id, transition));
      this.article.set(article);
      if (article.status === 'published') await this.loadComments();
      return { key: `blog.article.done.${transition}`, error: false };
    });
  }

  sendBack(feedback: string): Promise<boolean> {
    return this.act('sendBack', async (id) => {
      this.article.set(await firstValueFrom(this.api.sendBack(id, feedback)));
      return { key: 'blog.article.done.sendBack', error: false };
    });
  }

  remove(): Promise<boolean> {
    return this.act('delete', async (id) => {
      await firstValueFrom(this.api.remove(id));
      return { key: 'blog.article.done.delete', error: false };
    });
  }

  /** Posts a comment (plain text); true when it was taken. */
  async addComment(body: string): Promise<boolean> {
    const article = this.article();
    const text = body.trim();
    if (!article || !text || this.busy()) return false;
    this.busy.set('comment');
    this.commentError.set(null);
    this.message.set(null);
    try {
      const created = await firstValueFrom(this.api.addComment(article.id, text));
      this.comments.update((list) => [...list, created]);
      this.message.set({ key: created.status === 'pending' ? 'blog.comments.sentHeld' : 'blog.comments.sent', error: false });
      return true;
    } catch (error) {
      this.commentError.set(errorMessageKey(error));
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  approveComment(comment: CommentView): Promise<boolean> {
    return this.commentAction(comment, 'blog.comments.approved', () => firstValueFrom(this.api.approveComment(comment.id)));
  }

  hideComment(comment: CommentView): Promise<boolean> {
    return this.commentAction(comment, 'blog.comments.hidden', () => firstValueFrom(this.api.hideComment(comment.id)));
  }

  deleteComment(comment: CommentView): Promise<boolean> {
    return this.commentAction(comment, 'blog.comments.deleted', async () => {
      await firstValueFrom(this.api.deleteComment(comment.id));
      return null;
    });
  }

  private async commentAction(comment: CommentView, done: string, call: () => Promise<CommentView | null>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(comment.id);
    this.message.set(null);
    try {
      const updated = await call();
      this.comments.update((list) => (updated ? list.map((c) => (c.id === comment.id ? updated : c)) : list.filter((c) => c.id !== comment.id)));
      this.message.set({ key: done, error: false });
      return true;
    } catch (error) {
      this.message.set({ key: errorMessageKey(error), error: true });
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private async act(name: string, run: (id: string) => Promise<ArticleMessage>): Promise<boolean> {
    const article = this.article();
    if (!article || this.busy()) return false;
    this.busy.set(name);
    this.message.set(null);
    try {
      this.message.set(await run(article.id));
      return true;
    } catch (error) {
      this.message.set({ key: errorMessageKey(error), error: true });
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}
