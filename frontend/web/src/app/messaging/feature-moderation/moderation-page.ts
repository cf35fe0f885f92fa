import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ModeratedMessageView } from '@preau/contracts';
import { MODERATION_NOTE_MAX_CHARS } from '@preau/contracts';
import { injectClass } from '../../classes';
import { ClassModerationPage, MODERATION_QUEUE, Queue, queue } from '../../shared/ui/moderation-queue';
import { MessagingModerationStore } from '../data-access/moderation-store';
import { AttachmentList } from '../ui/attachment-list';
import { Avatar } from '../ui/avatar';
import { MessageText } from '../ui/message-text';
import { PersonContextPipe } from '../ui/person-context';
import { FullDatePipe } from '../../shared/time/date-pipes';
import { SaidKeyPipe } from '../ui/said';
import { confirmHide } from '../ui/confirm-hide';

/**
 * A class's messaging queue for its teachers (`/classes/:classId/messaging/moderation`): pupils'
 * messages held for approval (approve, or refuse with a note for the pupil) and reported messages
 * (hide), each tab with its count; refreshed live when a message comes to wait.
 */
@Component({
  selector: 'preau-messaging-moderation-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MODERATION_QUEUE,
    RouterLink,
    TranslocoPipe,
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
export class MessagingModerationPage extends ClassModerationPage<ModeratedMessageView> {
  protected readonly store = inject(MessagingModerationStore);
  protected readonly className = injectClass(() => this.classId()).name;

  protected readonly queues = computed<Queue<ModeratedMessageView>[]>(() => {
    const counts = this.store.counts();
    const of = (m: ModeratedMessageView) => ({
      key: 'messaging.moderation.of',
      params: { name: m.author.displayName },
    });
    return [
      queue('held', 'messaging.moderation.heldTab', counts.held, 'messaging.moderation.noHeld', this.store.held(), [
        { id: 'approve', icon: 'check', label: 'messaging.moderation.approve', hint: of },
        { id: 'refuse', icon: 'block', label: 'messaging.moderation.refuse', hint: of, look: 'stroked' },
      ]),
      queue(
        'reported',
        'messaging.moderation.reportedTab',
        counts.reported,
        'messaging.moderation.noReported',
        this.store.reported(),
        [{ id: 'hide', icon: 'visibility_off', label: 'messaging.thread.hide', hint: of, look: 'danger' }],
      ),
    ];
  });

  protected names(message: ModeratedMessageView): string {
    return message.recipients.map((r) => r.displayName).join(', ');
  }

  protected override perform(action: string, message: ModeratedMessageView): Promise<boolean> {
    if (action === 'approve') return this.store.approve(message);
    return action === 'refuse' ? this.refuse(message) : this.hide(message);
  }

  private async refuse(message: ModeratedMessageView): Promise<boolean> {
    const note = await this.askNote({
      title: 'messaging.refuse.title',
      intro: 'messaging.refuse.intro',
      label: 'messaging.refuse.note',
      required: 'messaging.refuse.required',
      submit: 'messaging.refuse.submit',
      params: { name: message.author.displayName },
      maxLength: MODERATION_NOTE_MAX_CHARS,
      rows: 4,
      counter: true,
    });
    return !!note && (await this.store.refuse(message, note));
  }

  private async hide(message: ModeratedMessageView): Promise<boolean> {
    return (await confirmHide(this.dialog, message.author.displayName, true)) && (await this.store.hide(message));
  }
}
