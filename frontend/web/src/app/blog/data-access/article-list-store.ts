import { Injectable, computed, inject, signal } from '@angular/core';
import type { ArticleSummary, ModerationQueueView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { BlogApi } from './blog-api';

/** Articles asked for per page. */
export const ARTICLES_PAGE_SIZE = 12;

/**
 * A class blog's articles as the caller may see them (published ones, and the drafts and submitted
 * articles the caller has a say on), "load more" by cursor, and for the class's teachers how much
 * waits for them. Provided by the page that shows it.
 */
@Injectable()
export class ArticleListStore {
  private readonly api = inject(BlogApi);
  /** Answers to an older class are dropped. */
  private generation = 0;

  readonly classId = signal<string | null>(null);
  readonly items = signal<ArticleSummary[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly loadingMore = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<unknown>(null);
  /** The teacher's queue counts; null for others (or not asked). */
  readonly waiting = signal<ModerationQueueView['counts'] | null>(null);

  readonly hasMore = computed(() => this.nextCursor() !== null);
  readonly published = computed(() => this.items().filter((a) => a.status === 'published'));
  /** Drafts and submitted articles: work in progress. */
  readonly inProgress = computed(() => this.items().filter((a) => a.status !== 'published'));
  readonly unreadCount = computed(() => this.published().filter((a) => !a.read).length);
  readonly waitingTotal = computed(() => {
    const w = this.waiting();
    return w ? w.submitted + w.pendingComments : 0;
  });

  /** Shows a class's blog from its first page. */
  async load(classId: string): Promise<void> {
    const generation = ++this.generation;
    this.classId.set(classId);
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ classId, limit: ARTICLES_PAGE_SIZE }));
      if (generation !== this.generation) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.loaded.set(true);
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /** The next page, appended; the number of new articles. */
  async loadMore(): Promise<number> {
    const classId = this.classId();
    const cursor = this.nextCursor();
    if (!classId || !cursor || this.loading() || this.loadingMore()) return 0;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ classId, cursor, limit: ARTICLES_PAGE_SIZE }));
      if (generation !== this.generation) return 0;
      const known = new Set(this.items().map((a) => a.id));
      const fresh = page.items.filter((a) => !known.has(a.id));
      this.items.update((items) => [...items, ...fresh]);
      this.nextCursor.set(page.nextCursor);
      return fresh.length;
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
      return 0;
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** For the class's teachers: how many articles and comments wait for them. A failure only hides the count. */
  async loadWaiting(): Promise<void> {
    const classId = this.classId();
    if (!classId) return;
    try {
      const queue = await firstValueFrom(this.api.moderation(classId));
      if (classId === this.classId()) this.waiting.set(queue.counts);
    } catch {
      this.waiting.set(null);
    }
  }
}
