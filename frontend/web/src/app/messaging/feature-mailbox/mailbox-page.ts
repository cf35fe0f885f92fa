import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConversationSummary, MessagingFolder } from '@preau/contracts';
import { MESSAGING_FOLDERS } from '@preau/contracts';
import { map } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { LanguageStore } from '../../shared/i18n/language-store';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ErrorState } from '../../shared/ui/error-state';
import { MailboxStore, isFolder } from '../data-access/mailbox-store';
import { MessagingBadges } from '../data-access/messaging-badges';
import { othersOf } from '../data-access/people';
import { ComposeLauncher } from '../feature-compose/compose-launcher';
import { Avatar } from '../ui/avatar';
import { FullDatePipe, RelativeDatePipe } from '../../shared/time/date-pipes';
import { SaidKeyPipe } from '../ui/said';

/** From this width the list and the open conversation sit side by side. */
export const TWO_PANE_QUERY = '(min-width: 840px)';
export const SEARCH_DELAY_MS = 300;
const CLOCK_MS = 60_000;

const FOLDER_ICONS: Record<MessagingFolder, string> = { inbox: 'inbox', sent: 'send', drafts: 'draft' };

/**
 * The mailbox (`/messaging?folder=`): folders, search, conversations with unread ones in bold and
 * their count, "load more"; the open conversation in the pane beside it (its child route). A message
 * arriving puts its conversation on top, and is said to screen readers.
 */
@Component({
  selector: 'preau-mailbox-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    RouterOutlet,
    TranslocoPipe,
    PluralKeyPipe,
    ErrorState,
    Avatar,
    RelativeDatePipe,
    FullDatePipe,
    SaidKeyPipe,
  ],
  providers: [MailboxStore],
  templateUrl: './mailbox-page.html',
  styleUrl: './mailbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxPage {
  /** Query parameter `folder` (inbox when absent or unknown). */
  readonly folder = input<string | undefined>();
  protected readonly store = inject(MailboxStore);
  protected readonly badges = inject(MessagingBadges);
  private readonly session = inject(SessionStore);
  private readonly composer = inject(ComposeLauncher);
  protected readonly language = inject(LanguageStore).language;
  protected readonly folders = MESSAGING_FOLDERS;
  protected readonly folderIcons = FOLDER_ICONS;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  protected readonly meId = computed(() => this.session.me()?.id ?? null);
  protected readonly pupil = computed(() => this.session.role() === 'PUPIL');
  protected readonly current = computed<MessagingFolder>(() => {
    const folder = this.folder();
    return isFolder(folder) ? folder : 'inbox';
  });
  /** A teacher's classes whose moderation queue is open to them, with what waits. */
  protected readonly moderation = computed(() => {
    const me = this.session.me();
    if (me?.role !== 'TEACHER') return [];
    const held = this.badges.held();
    return me.classes
      .filter((c) => held[c.id]?.available)
      .map((c) => ({ id: c.id, name: c.name, count: held[c.id].held + held[c.id].reported }));
  });
  private readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(TWO_PANE_QUERY)
      .pipe(map((s) => s.matches)),
    { initialValue: true },
  );

  constructor() {
    effect(() => {
      const folder = this.current();
      untracked(() => void this.store.load(folder, folder === this.store.folder() ? this.store.query() : ''));
    });
    effect(() => {
      const wide = this.wide();
      untracked(() => this.store.twoPane.set(wide));
    });
    // Back to the list on a phone: the focus goes back to the conversation left.
    effect(() => {
      const open = this.store.openId();
      const last = untracked(() => this.store.lastOpenedId());
      if (open === null && last && !untracked(() => this.store.twoPane())) {
        setTimeout(() => document.getElementById(this.rowId(last))?.focus());
      }
    });
    const clock = setInterval(() => this.store.now.set(Date.now()), CLOCK_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(clock);
      if (this.searchTimer) clearTimeout(this.searchTimer);
    });
  }

  protected rowId(id: string): string {
    return `conversation-${id}`;
  }

  protected searched(value: string): void {
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.store.load(this.current(), value), SEARCH_DELAY_MS);
  }

  protected clearSearch(input: HTMLInputElement): void {
    input.value = '';
    input.focus();
    if (this.searchTimer) clearTimeout(this.searchTimer);
    void this.store.load(this.current(), '');
  }

  /** The people a line names: the others (the recipients in "sent"), or the caller alone. */
  protected others(c: ConversationSummary) {
    return othersOf(c.participants, this.meId());
  }

  /** Up and down arrows move between lines, as in a mail client (Tab still works). */
  protected move(event: Event, delta: number): void {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.conversation-row'));
    const index = rows.indexOf(event.target as HTMLElement);
    const next = rows[index + delta];
    if (index >= 0 && next) {
      event.preventDefault();
      next.focus();
    }
  }

  protected async compose(): Promise<void> {
    const result = await this.composer.open();
    if (result && this.current() !== 'inbox') void this.store.reload();
  }

  protected async openDraft(id: string): Promise<void> {
    const result = await this.composer.open({ draftId: id });
    if (result && ('sent' in result || 'discarded' in result)) this.store.drop(id);
    void this.store.reload();
  }
}
