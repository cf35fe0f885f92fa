import { Injectable, computed, inject, signal } from '@angular/core';
import type { ArticlePage, ArticleSummary, ModerationQueueView } from '@preau/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { PagedList } from '../../shared/data/paged-list';
import { BlogApi } from './blog-api';

/** Articles asked for per page. */
export const ARTICLES_PAGE_SIZE = 12;

/**
 * A class blog's articles as the caller may see them (published ones, and the drafts and submitted
 * articles the caller has a say on), "load more" by cursor, and for the class's teachers how much
 * waits for them. Provided by the page that shows it.
 */
@Injectable()
export class ArticleListStore extends PagedList<ArticleSummary> {
  private readonly api = inject(BlogApi);

  readonly classId = signal<string | null>(null);
  /** The teacher's queue counts; null for others (or not asked). */
  readonly waiting = signal<ModerationQueueView['counts'] | null>(null);

  readonly published = computed(() => this.items().filter((a) => a.status === 'published'));
  /** Drafts and submitted articles: work in progress. */
  readonly inProgress = computed(() => this.items().filter((a) => a.status !== 'published'));
  readonly unreadCount = computed(() => this.published().filter((a) => !a.read).length);
  readonly waitingTotal = computed(() => {
    const w = this.waiting();
    return w ? w.submitted + w.pendingComments : 0;
  });

  /** Shows a class's blog from its first page. */
  load(classId: string): Promise<void> {
    this.classId.set(classId);
    return this.reload();
  }

  protected override fetchPage(cursor: string | null): Observable<ArticlePage> {
    return this.api.list({ classId: this.classId() ?? '', ...(cursor ? { cursor } : {}), limit: ARTICLES_PAGE_SIZE });
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
