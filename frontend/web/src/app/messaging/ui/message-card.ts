import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ParticipantView, ThreadMessageView } from '@preau/contracts';
import { LanguageStore } from '../../shared/i18n/language-store';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { AttachmentList } from './attachment-list';
import { Avatar } from './avatar';
import { MessageText } from './message-text';
import { PersonContextPipe } from './person-context';
import { FullDatePipe, RelativeDatePipe } from '../../shared/time/date-pipes';

/**
 * One message of a thread, as a bubble: the caller's own on the right. What a teacher did shows in
 * words (hidden, held, refused with the note), the author sees who has read it, and the menu offers
 * what the caller may do (report, hide).
 */
@Component({
  selector: 'preau-message-card',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    TranslocoPipe,
    PluralKeyPipe,
    AttachmentList,
    Avatar,
    MessageText,
    RelativeDatePipe,
    FullDatePipe,
    PersonContextPipe,
  ],
  templateUrl: './message-card.html',
  styleUrl: './message-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageCard {
  readonly message = input.required<ThreadMessageView>();
  readonly mine = input(false);
  /** The conversation's people, by id (for read receipts). */
  readonly people = input<ReadonlyMap<string, ParticipantView>>(new Map());
  readonly busy = input(false);
  readonly now = input<number>(Date.now());
  readonly report = output<ThreadMessageView>();
  readonly hide = output<ThreadMessageView>();
  protected readonly language = inject(LanguageStore).language;

  protected readonly headingId = computed(() => `message-${this.message().id}-author`);
  protected readonly hasMenu = computed(() => {
    const m = this.message();
    return (m.permissions.report && !m.reportedByMe) || (m.permissions.hide && m.status !== 'hidden');
  });
  /** "Lu par 2 sur 3", for the author. */
  protected readonly receipts = computed(() => {
    const m = this.message();
    if (!this.mine() || !m.readBy || m.status !== 'delivered') return null;
    const people = this.people();
    const total = m.recipientIds.length;
    const readers = m.readBy
      .map((r) => ({ name: people.get(r.personId)?.displayName ?? '', readAt: r.readAt }))
      .filter((r) => r.name);
    return { count: m.readBy.length, total, readers };
  });
}
