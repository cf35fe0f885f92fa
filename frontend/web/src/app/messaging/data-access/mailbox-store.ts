import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  ConversationPage,
  ConversationSummary,
  MessageReceivedLiveEvent,
  MessagingFolder,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { MESSAGING_FOLDERS } from '@preau/contracts';
import { PagedList } from '../../shared/data/paged-list';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingApi } from './messaging-api';

export function isFolder(value: unknown): value is MessagingFolder {
  return typeof value === 'string' && (MESSAGING_FOLDERS as readonly string[]).includes(value);
}

/** Something said to screen readers (and shown) once: a translation key and its parameters. */
export interface Announcement {
  key: string;
  params?: Record<string, string | number>;
  /** Set when the text is counted: the key then has `.one` / `.other` forms. */
  count?: number;
  error?: boolean;
}

/**
 * One folder of the mailbox (inbox, sent, drafts), searched with `q`, "load more" by cursor, kept live:
 * a message arriving puts its conversation at the top without a reload. Also knows which conversation
 * is open (the thread pane), so the phone layout shows one pane at a time. Provided by the mailbox page.
 */
@Injectable()
export class MailboxStore extends PagedList<ConversationSummary> {
  private readonly api = inject(MessagingApi);

  readonly folder = signal<MessagingFolder>('inbox');
  readonly query = signal('');
  /** The conversation shown in the thread pane, if any. */
  readonly openId = signal<string | null>(null);
  /** The last conversation opened, to give the focus back to its row. */
  readonly lastOpenedId = signal<string | null>(null);
  readonly announcement = signal<Announcement | null>(null);
  /** List and thread side by side (tablets, computers), or one at a time (phones). */
  readonly twoPane = signal(true);
  /** The page's clock, for "5 minutes ago" to move on. */
  readonly now = signal(Date.now());

  readonly unreadInView = computed(() => this.items().reduce((n, c) => n + (c.unread > 0 ? 1 : 0), 0));

  constructor() {
    super();
    const live = inject(LiveEvents);
    const destroyRef = inject(DestroyRef);
    live
      .on('message.received')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((event) => void this.received(event));
    live
      .on('resync')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => void this.refreshFirstPage());
  }

  /** Shows a folder from its first page (with a search, or not). Same folder and search: nothing to do unless `force`. */
  async load(folder: MessagingFolder, q = '', force = false): Promise<void> {
    const query = q; // as typed (the API call trims it): the search box keeps its spaces
    if (!force && this.loaded() && folder === this.folder() && query.trim() === this.query().trim() && !this.error()) {
      this.query.set(query);
      return;
    }
    this.folder.set(folder);
    this.query.set(query);
    await this.reload();
  }

  protected override fetchPage(cursor: string | null): Observable<ConversationPage> {
    return this.api.list({ folder: this.folder(), q: this.query(), ...(cursor ? { cursor } : {}) });
  }

  /**
   * The first page again, on top of what is shown: new and moved conversations come first. Lines of
   * the pages loaded with "load more" stay below (those older than the new first page's last line),
   * and so does the cursor; lines gone from the first page (a draft sent, deleted) go.
   */
  refreshFirstPage(): Promise<void> {
    return this.refreshFirstPageKeeping(
      (c, last) => (c.lastMessage?.sentAt ?? '') <= (last?.lastMessage?.sentAt ?? ''),
    );
  }

  /** The thread pane opened a conversation: it is read now. */
  opened(id: string | null): void {
    this.openId.set(id);
    if (id) {
      this.lastOpenedId.set(id);
      this.markRead(id);
    }
  }

  markRead(id: string): void {
    this.items.update((items) => items.map((c) => (c.id === id && c.unread > 0 ? { ...c, unread: 0 } : c)));
  }

  /** A draft sent or deleted leaves the drafts folder. */
  drop(id: string): void {
    this.items.update((items) => items.filter((c) => c.id !== id));
  }

  private async received(event: MessageReceivedLiveEvent): Promise<void> {
    if (this.folder() === 'drafts') return;
    await this.refreshFirstPage();
    // The open thread says it itself (and reads it).
    if (event.conversationId === this.openId()) return this.markRead(event.conversationId);
    const conversation = this.items().find((c) => c.id === event.conversationId);
    const author = conversation?.participants.find((p) => p.id === event.authorId)?.displayName;
    this.announcement.set(
      author ? { key: 'messaging.live.newFrom', params: { name: author } } : { key: 'messaging.live.new' },
    );
  }
}
