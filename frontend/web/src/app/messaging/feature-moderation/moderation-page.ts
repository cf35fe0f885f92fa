import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ModeratedMessageView } from '@preau/contracts';
import { MODERATION_NOTE_MAX_CHARS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { ClassContext } from '../../classes';
import { LanguageStore } from '../../shared/i18n/language-store';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { TextNoteDialog, TextNoteDialogData } from '../../shared/ui/text-note-dialog';
import { MessagingModerationStore } from '../data-access/moderation-store';
import { AttachmentList } from '../ui/attachment-list';
import { Avatar } from '../ui/avatar';
import { MessageText } from '../ui/message-text';
import { PersonContextPipe } from '../ui/person-context';
import { FullDatePipe } from '../../shared/time/date-pipes';
import { SaidKeyPipe } from '../ui/said';

/**
 * A class's messaging queue for its teachers (`/classes/:classId/messaging/moderation`): pupils'
 * messages held for approval (approve, or refuse with a note for the pupil) and reported messages
 * (hide), each tab with its count; refreshed live when a message comes to wait.
 */
@Component({
  selector: 'preau-messaging-moderation-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
    AttachmentList,
    Avatar,
    MessageText,
    PersonContextPipe,
    FullDatePipe,
    SaidKeyPipe,
  ],
  providers: [MessagingModerationStore],
  templateUrl: './moderation-page.html',
  styleUrl: './moderation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagingModerationPage {
  /** From the route `/classes/:classId/messaging/moderation`. */
  readonly classId = input.required<string>();
  protected readonly store = inject(MessagingModerationStore);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore).language;
  private readonly cls = inject(ClassContext);
  protected readonly className = this.cls.name;

  constructor() {
    this.cls.follow(() => this.classId());
    effect(() => {
      const classId = this.classId();
      untracked(() => void this.store.load(classId));
    });
  }

  protected names(message: ModeratedMessageView): string {
    return message.recipients.map((r) => r.displayName).join(', ');
  }

  protected async approve(message: ModeratedMessageView): Promise<void> {
    const at = this.store.held().indexOf(message);
    if (await this.store.approve(message)) this.focusAfterRemoval(at);
  }

  protected async refuse(message: ModeratedMessageView): Promise<void> {
    const ref = this.dialog.open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data: {
        title: 'messaging.refuse.title',
        intro: 'messaging.refuse.intro',
        label: 'messaging.refuse.note',
        required: 'messaging.refuse.required',
        submit: 'messaging.refuse.submit',
        params: { name: message.author.displayName },
        maxLength: MODERATION_NOTE_MAX_CHARS,
        rows: 4,
        counter: true,
      },
      maxWidth: '95vw',
      restoreFocus: true,
    });
    const note = await firstValueFrom(ref.afterClosed());
    const at = this.store.held().indexOf(message);
    if (note && (await this.store.refuse(message, note))) this.focusAfterRemoval(at);
  }

  protected async hide(message: ModeratedMessageView): Promise<void> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data: {
        title: 'messaging.hide.title',
        message: 'messaging.hide.text',
        confirm: 'messaging.hide.confirm',
        params: { name: message.author.displayName },
        danger: true,
      },
      maxWidth: '95vw',
      restoreFocus: true,
    });
    const at = this.store.reported().indexOf(message);
    if ((await firstValueFrom(ref.afterClosed())) && (await this.store.hide(message))) this.focusAfterRemoval(at);
  }

  /**
   * A message dealt with leaves the list, and the button that acted with it: the focus goes to the first action of
   * the message now in its place (or the one before, at the end), or to the sentence saying the list is empty.
   */
  private focusAfterRemoval(index: number): void {
    afterNextRender(
      () => {
        const items = this.host.nativeElement.querySelectorAll<HTMLElement>('ul.items > li.item');
        const next =
          items[Math.min(Math.max(index, 0), items.length - 1)]?.querySelector<HTMLElement>('.actions button');
        (next ?? this.host.nativeElement.querySelector<HTMLElement>('p.empty'))?.focus();
      },
      { injector: this.injector },
    );
  }
}
