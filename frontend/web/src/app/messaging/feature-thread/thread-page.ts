import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView, ThreadMessageView } from '@preau/contracts';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_BODY_MAX_CHARS, MODERATION_NOTE_MAX_CHARS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MediaPicker } from '../../media';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ErrorState } from '../../shared/ui/error-state';
import { TextNoteDialog, TextNoteDialogData } from '../../shared/ui/text-note-dialog';
import { SessionStore } from '../../shared/session/session-store';
import { MailboxStore } from '../data-access/mailbox-store';
import { ThreadStore } from '../data-access/thread-store';
import { MessageCard } from '../ui/message-card';
import { SaidKeyPipe } from '../ui/said';
import { confirmHide } from '../ui/confirm-hide';

/**
 * One conversation (`/messaging/conversations/:id`): its messages as bubbles, what teachers did to
 * them, and the reply box. Opening it reads it; the focus goes to its subject so that a keyboard or
 * screen reader user starts there.
 */
@Component({
  selector: 'preau-thread-page',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    PluralKeyPipe,
    ErrorState,
    MessageCard,
    SaidKeyPipe,
  ],
  providers: [ThreadStore],
  templateUrl: './thread-page.html',
  styleUrl: './thread-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadPage {
  /** From the route `/messaging/conversations/:id`. */
  readonly id = input.required<string>();
  protected readonly store = inject(ThreadStore);
  protected readonly mailbox = inject(MailboxStore, { optional: true });
  private readonly dialog = inject(MatDialog);
  private readonly picker = inject(MediaPicker);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  /** Left while a dialog was open: nothing to give the focus back to. */
  private destroyed = false;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly messageList = viewChild<ElementRef<HTMLElement>>('messageList');
  private readonly replyField = viewChild<ElementRef<HTMLTextAreaElement>>('replyField');

  protected readonly bodyMax = MESSAGE_BODY_MAX_CHARS;
  protected readonly reply = signal('');
  protected readonly attachments = signal<MediaItemView[]>([]);
  protected readonly target = signal<'all' | 'one'>('all');
  protected readonly targetPerson = signal<string | null>(null);
  protected readonly pupil = computed(() => this.session.role() === 'PUPIL');
  protected readonly singlePane = computed(() => this.mailbox !== null && !this.mailbox.twoPane());
  protected readonly now = computed(() => this.mailbox?.now() ?? Date.now());
  protected readonly folder = computed(() => this.mailbox?.folder() ?? 'inbox');
  /** "Avec Léa Martin, Tom Petit et 3 autres". */
  protected readonly withWhom = computed(() => {
    const others = this.store.others();
    return {
      first: others
        .slice(0, 2)
        .map((p) => p.displayName)
        .join(', '),
      more: Math.max(0, others.length - 2),
    };
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.reset();
        this.mailbox?.opened(id);
        void this.store.open(id).then(() => this.arrived());
      });
    });
    // New messages (live, or the caller's reply): show the end of the conversation.
    let count = 0;
    effect(() => {
      const n = this.store.thread()?.messages.length ?? 0;
      if (n > count && count > 0) setTimeout(() => this.scrollToEnd());
      count = n;
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.mailbox?.opened(null);
    });
  }

  protected mine(message: ThreadMessageView): boolean {
    return message.author.id === this.store.me();
  }

  protected async attach(): Promise<void> {
    if (this.attachments().length >= MESSAGE_ATTACHMENTS_MAX) return;
    const item = await this.picker.open({
      classId: this.session.me()?.classes[0]?.id ?? null,
      title: 'messaging.compose.pickTitle',
    });
    if (item && !this.attachments().some((a) => a.id === item.id)) this.attachments.update((list) => [...list, item]);
  }

  protected detach(id: string): void {
    this.attachments.update((list) => list.filter((a) => a.id !== id));
  }

  protected async send(): Promise<void> {
    const target =
      this.target() === 'one' && this.targetPerson()
        ? { kind: 'one' as const, personId: this.targetPerson() as string }
        : { kind: 'all' as const };
    const sent = await this.store.reply(this.reply(), this.attachments(), target);
    if (sent) {
      this.reply.set('');
      this.attachments.set([]);
      this.replyField()?.nativeElement.focus();
      // The conversation moves up in the list (no live event comes back to its author).
      void this.mailbox?.refreshFirstPage();
    }
  }

  /** Ctrl+Enter (⌘+Enter) sends, as in mail clients; Enter alone is a new line. */
  protected shortcut(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void this.send();
    }
  }

  protected async report(message: ThreadMessageView): Promise<void> {
    const ref = this.dialog.open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data: {
        title: 'messaging.report.title',
        intro: 'messaging.report.intro',
        label: 'messaging.report.reason',
        hint: 'messaging.report.reasonHint',
        submit: 'messaging.report.submit',
        params: { name: message.author.displayName },
        maxLength: MODERATION_NOTE_MAX_CHARS,
        rows: 3,
      },
      maxWidth: '95vw',
      // Opened from a menu item that is gone once the menu closes: the focus is given back below, to the message.
      restoreFocus: false,
    });
    // The reason is optional: '' is a report without one; only cancelling (undefined) reports nothing.
    const reason = await firstValueFrom(ref.afterClosed());
    if (reason !== undefined) await this.store.report(message, reason);
    this.focusMessage(message);
  }

  protected async hide(message: ThreadMessageView): Promise<void> {
    if (await confirmHide(this.dialog, message.author.displayName, false)) await this.store.hide(message);
    this.focusMessage(message);
  }

  /**
   * After a dialog opened from a message's menu: the focus goes back to that message's heading (the menu item that
   * opened the dialog is gone, and the menu button too once nothing is left to do), or to the thread's subject.
   */
  private focusMessage(message: ThreadMessageView): void {
    if (this.destroyed) return;
    afterNextRender(
      () => {
        const author = this.messageList()?.nativeElement.querySelector<HTMLElement>(
          `[id="message-${message.id}-author"]`,
        );
        (author ?? this.heading()?.nativeElement)?.focus();
      },
      { injector: this.injector },
    );
  }

  private reset(): void {
    this.reply.set('');
    this.attachments.set([]);
    this.target.set('all');
    this.targetPerson.set(null);
  }

  /** Loaded: the focus on the subject, the view at the last message. */
  private arrived(): void {
    afterNextRender(
      () => {
        this.heading()?.nativeElement.focus({ preventScroll: true });
        this.scrollToEnd();
      },
      { injector: this.injector },
    );
  }

  private scrollToEnd(): void {
    const last = this.messageList()?.nativeElement.lastElementChild as HTMLElement | null;
    if (last && typeof last.scrollIntoView === 'function') last.scrollIntoView({ block: 'nearest' });
  }
}
