import { Injectable, computed, inject, signal } from '@angular/core';
import type { ModerationQueueView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { BlogApi } from './blog-api';

export type ModerationMessage = { key: string; error: boolean; params?: Record<string, string> };

/**
 * The teacher's validation queue for one class: submitted articles (publish, send back) and held
 * comments (approve, hide). What is handled leaves the queue and its count at once.
 */
@Injectable()
export class ModerationStore {
  private readonly api = inject(BlogApi);

  readonly queue = signal<ModerationQueueView | null>(null);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);
  /** The id of the article or comment being handled. */
  readonly busy = signal<string | null>(null);
  /** What the last action did, or why it failed (said to screen readers too). */
  readonly message = signal<ModerationMessage | null>(null);

  readonly submitted = computed(() => this.queue()?.submitted ?? []);
  readonly comments = computed(() => this.queue()?.pendingComments ?? []);
  readonly counts = computed(() => this.queue()?.counts ?? { submitted: 0, pendingComments: 0 });

  async load(classId: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.queue.set(await firstValueFrom(this.api.moderation(classId)));
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  publish(articleId: string): Promise<boolean> {
    const title = this.articleTitle(articleId);
    return this.run(articleId, () => firstValueFrom(this.api.transition(articleId, 'publish')), () => this.dropArticle(articleId), {
      key: 'blog.moderation.published',
      error: false,
      params: { title },
    });
  }

  sendBack(articleId: string, feedback: string): Promise<boolean> {
    const title = this.articleTitle(articleId);
    return this.run(articleId, () => firstValueFrom(this.api.sendBack(articleId, feedback)), () => this.dropArticle(articleId), {
      key: 'blog.moderation.sentBack',
      error: false,
      params: { title },
    });
  }

  approve(commentId: string): Promise<boolean> {
    return this.run(commentId, () => firstValueFrom(this.api.approveComment(commentId)), () => this.dropComment(commentId), {
      key: 'blog.moderation.approved',
      error: false,
    });
  }

  hide(commentId: string): Promise<boolean> {
    return this.run(commentId, () => firstValueFrom(this.api.hideComment(commentId)), () => this.dropComment(commentId), {
      key: 'blog.moderation.hidden',
      error: false,
    });
  }

  private articleTitle(id: string): string {
    return this.submitted().find((a) => a.id === id)?.title ?? '';
  }

  private async run(id: string, call: () => Promise<unknown>, drop: () => void, done: ModerationMessage): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(id);
    this.message.set(null);
    try {
      await call();
      drop();
      this.message.set(done);
      return true;
    } catch (error) {
      this.message.set({ key: errorMessageKey(error), error: true });
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private dropArticle(id: string): void {
    this.queue.update((q) =>
      q && q.submitted.some((a) => a.id === id)
        ? { ...q, submitted: q.submitted.filter((a) => a.id !== id), counts: { ...q.counts, submitted: Math.max(0, q.counts.submitted - 1) } }
        : q,
    );
  }

  private dropComment(id: string): void {
    this.queue.update((q) =>
      q && q.pendingComments.some((c) => c.id === id)
        ? {
            ...q,
            pendingComments: q.pendingComments.filter((c) => c.id !== id),
            counts: { ...q.counts, pendingComments: Math.max(0, q.counts.pendingComments - 1) },
          }
        : q,
    );
  }
}
