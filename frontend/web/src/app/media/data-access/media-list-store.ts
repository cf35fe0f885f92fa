import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { MediaItemView, MediaKind } from '@preau/contracts';
import { Subscription, firstValueFrom } from 'rxjs';
import { MediaApi, MediaFolderFilter, MediaScope } from './media-api';
import { watchItem } from './watch-item';

/** Items asked for per page. */
export const PAGE_SIZE = 24;
/** Typing pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * One media listing (mine, or a class library): search by title, filter by kind, "load more" by
 * cursor, items kept live while they are processing. Provided by the component that shows it.
 */
@Injectable()
export class MediaListStore {
  private readonly api = inject(MediaApi);
  private readonly watched = new Map<string, Subscription>();
  private searchTimer: ReturnType<typeof setTimeout> | null = null;
  /** Answers to an older query are dropped. */
  private generation = 0;

  readonly scope = signal<MediaScope>({ kind: 'mine' });
  readonly query = signal('');
  readonly kind = signal<MediaKind | null>(null);
  /** In "mine": one folder, the items in no folder, or everything. */
  readonly folder = signal<MediaFolderFilter>(null);
  readonly items = signal<MediaItemView[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly loadingMore = signal(false);
  readonly error = signal<unknown>(null);
  readonly loaded = signal(false);
  readonly hasMore = computed(() => this.nextCursor() !== null);
  readonly filtered = computed(() => this.query().trim() !== '' || this.kind() !== null);
  /** Items a queue already follows: not polled twice. */
  skipWatching: (id: string) => boolean = () => false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.unwatchAll();
      if (this.searchTimer) clearTimeout(this.searchTimer);
    });
  }

  /** Shows another scope from its first page. */
  setScope(scope: MediaScope): Promise<void> {
    this.scope.set(scope);
    return this.reload();
  }

  /** Search as one types: sent after a short pause. */
  search(text: string): void {
    this.query.set(text);
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = null;
      void this.reload();
    }, SEARCH_DEBOUNCE_MS);
  }

  /** Shows one folder (`root`: the items in no folder; `null`: everything). */
  setFolder(folder: MediaFolderFilter): Promise<void> {
    this.folder.set(folder);
    return this.reload();
  }

  filterKind(kind: MediaKind | null): Promise<void> {
    this.kind.set(kind);
    return this.reload();
  }

  /** The first page of the current query. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ scope: this.scope(), folderId: this.folder(), q: this.query(), kind: this.kind(), limit: PAGE_SIZE }));
      if (generation !== this.generation) return;
      this.unwatchAll();
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.loaded.set(true);
      page.items.forEach((item) => this.watch(item));
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /** The next page, appended; the number of new items (0 when nothing came or it failed). */
  async loadMore(): Promise<number> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore() || this.loading()) return 0;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ scope: this.scope(), folderId: this.folder(), q: this.query(), kind: this.kind(), cursor, limit: PAGE_SIZE }));
      if (generation !== this.generation) return 0;
      const known = new Set(this.items().map((i) => i.id));
      const fresh = page.items.filter((i) => !known.has(i.id));
      this.items.update((items) => [...items, ...fresh]);
      this.nextCursor.set(page.nextCursor);
      fresh.forEach((item) => this.watch(item));
      return fresh.length;
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
      return 0;
    } finally {
      this.loadingMore.set(false);
    }
  }

  /**
   * A new or changed item: updated in place, or put first when new and it matches the listing;
   * dropped when it moved out of the folder shown.
   */
  upsert(item: MediaItemView): void {
    const exists = this.items().some((i) => i.id === item.id);
    if (exists && !this.inFolder(item)) {
      this.remove(item.id);
    } else if (exists) {
      this.items.update((items) => items.map((i) => (i.id === item.id ? item : i)));
    } else if (this.accepts(item)) {
      this.items.update((items) => [item, ...items]);
    }
  }

  remove(id: string): void {
    this.watched.get(id)?.unsubscribe();
    this.watched.delete(id);
    this.items.update((items) => items.filter((i) => i.id !== id));
  }

  /** Whether a new item belongs in this listing as it is filtered now. */
  private accepts(item: MediaItemView): boolean {
    const scope = this.scope();
    if (scope.kind === 'class' && !item.sharedWithClassIds.includes(scope.classId)) return false;
    if (this.kind() && item.kind !== this.kind()) return false;
    if (!this.inFolder(item)) return false;
    const q = this.query().trim().toLocaleLowerCase();
    return !q || item.title.toLocaleLowerCase().includes(q);
  }

  private inFolder(item: MediaItemView): boolean {
    const folder = this.folder();
    if (folder === null || this.scope().kind !== 'mine') return true;
    return folder === 'root' ? item.folderId === null : item.folderId === folder;
  }

  private watch(item: MediaItemView): void {
    if (item.status !== 'processing' || this.watched.has(item.id) || this.skipWatching(item.id)) return;
    const subscription = watchItem(this.api, item.id).subscribe({
      next: (latest) => this.upsert(latest),
      error: () => this.watched.delete(item.id),
      complete: () => this.watched.delete(item.id),
    });
    this.watched.set(item.id, subscription);
  }

  private unwatchAll(): void {
    this.watched.forEach((s) => s.unsubscribe());
    this.watched.clear();
  }
}
