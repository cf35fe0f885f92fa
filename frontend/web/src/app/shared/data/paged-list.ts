import { computed, signal } from '@angular/core';
import type { Page } from '@preau/contracts';
import { Observable, firstValueFrom } from 'rxjs';

/**
 * A list the API serves page by page with a keyed cursor (`{ items, nextCursor }`): its first page, "load
 * more", and the state a page shows (loading, error, more to come). Answers to an older request (another
 * folder, search or class asked since) are dropped. A store extends it and says what to ask for:
 * `fetchPage` reads the store's current query each time it is called.
 */
export abstract class PagedList<T extends { id: string }> {
  /** Bumped by every first page asked for: answers carrying an older one are dropped. */
  private generation = 0;
  /** Pages shown (1 after a reload, more after "load more"). */
  private pages = 0;

  readonly items = signal<T[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly loadingMore = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<unknown>(null);
  readonly hasMore = computed(() => this.nextCursor() !== null);

  /** A page of the store's current query: the first one without a cursor. */
  protected abstract fetchPage(cursor: string | null): Observable<Page<T>>;

  /** Items a page brought that were not shown yet (`first`: the list starts again with them). */
  protected pageShown(_items: T[], _first: boolean): void {
    // nothing to do unless the store follows its items
  }

  /** The first page of the store's current query. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.fetchPage(null));
      if (generation !== this.generation) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.pages = 1;
      this.loaded.set(true);
      this.pageShown(page.items, true);
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /** The next page, appended; the number of items it brought that were not shown yet (0 when it failed). */
  async loadMore(): Promise<number> {
    const cursor = this.nextCursor();
    if (!cursor || this.loading() || this.loadingMore()) return 0;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.fetchPage(cursor));
      if (generation !== this.generation) return 0;
      const known = new Set(this.items().map((item) => item.id));
      const fresh = page.items.filter((item) => !known.has(item.id));
      this.items.update((items) => [...items, ...fresh]);
      this.nextCursor.set(page.nextCursor);
      this.pages++;
      this.pageShown(fresh, false);
      return fresh.length;
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
      return 0;
    } finally {
      this.loadingMore.set(false);
    }
  }

  /**
   * The first page again, on top of what is shown (a live update): new and moved items come first. Items
   * of the pages loaded with "load more" stay below when `staysBelow(item, lastOfFirstPage)` says so, and
   * so does the cursor; the others go. A failure leaves the list as it was.
   */
  protected async refreshFirstPageKeeping(
    staysBelow: (item: T, lastOfFirstPage: T | undefined) => boolean,
  ): Promise<void> {
    if (!this.loaded() || this.loading()) return;
    const generation = this.generation;
    try {
      const page = await firstValueFrom(this.fetchPage(null));
      if (generation !== this.generation) return;
      if (this.pages <= 1 || page.nextCursor === null) {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.pages = 1;
        return;
      }
      const fresh = new Set(page.items.map((item) => item.id));
      const last = page.items[page.items.length - 1];
      this.items.set([...page.items, ...this.items().filter((item) => !fresh.has(item.id) && staysBelow(item, last))]);
    } catch {
      // live refresh only: the list stays as it was
    }
  }
}
