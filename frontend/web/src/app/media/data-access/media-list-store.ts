import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ListMediaQuery, MediaItemView, MediaKind, Page } from '@preau/contracts';
import { Observable, Subscription } from 'rxjs';
import { PagedList } from '../../shared/data/paged-list';
import { MediaApi, MediaFolderFilter, MediaScope, scopeParam } from './media-api';
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
export class MediaListStore extends PagedList<MediaItemView> {
  private readonly api = inject(MediaApi);
  private readonly watched = new Map<string, Subscription>();
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  readonly scope = signal<MediaScope>({ kind: 'mine' });
  readonly query = signal('');
  readonly kind = signal<MediaKind | null>(null);
  /** In "mine": one folder, the items in no folder, or everything. */
  readonly folder = signal<MediaFolderFilter>(null);
  readonly filtered = computed(() => this.query().trim() !== '' || this.kind() !== null);
  /** Items a queue already follows: not polled twice. */
  skipWatching: (id: string) => boolean = () => false;

  constructor() {
    super();
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

  /** Items still processing are polled until they are ready (or failed). */
  protected override pageShown(items: MediaItemView[], first: boolean): void {
    if (first) this.unwatchAll();
    items.forEach((item) => this.watch(item));
  }

  protected override fetchPage(cursor: string | null): Observable<Page<MediaItemView>> {
    return this.api.list(this.request(cursor));
  }

  /** What the API is asked for: the current scope, folder, search and kind. */
  private request(cursor: string | null): ListMediaQuery {
    const scope = this.scope();
    const folder = this.folder();
    const q = this.query().trim();
    const kind = this.kind();
    return {
      scope: scopeParam(scope),
      ...(q ? { q } : {}),
      ...(kind ? { kind } : {}),
      ...(folder && scope.kind === 'mine' ? { folderId: folder } : {}),
      ...(cursor ? { cursor } : {}),
      limit: PAGE_SIZE,
    };
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
