import { Inject, Injectable } from '@nestjs/common';
import { ErrorCodes, type MessagingPerson, RegisterMediaUsageCommand } from '@preau/contracts';
import { BusinessRuleViolation, DomainError, type Id } from '@preau/kernel';
import { Bus } from '@preau/platform';
import type { Message, SendingLimits } from '../domain';
import { LiveDelivery } from './live-delivery';
import { SEND_RATE_WINDOW, type SendRateWindow } from './ports/send-rate-window.port';

export const SENDING_LIMITS = Symbol('SendingLimits');

/**
 * The class of each pupil among these people, as the directory described them: a message's author and recipients
 * among them settle which classes' teachers moderate it (`Message.pupilClassIds`).
 */
export function pupilClassesOf(people: readonly MessagingPerson[]): Map<Id, Id> {
  return new Map(people.flatMap((p) => (p.pupilClass ? [[p.id, p.pupilClass.classId] as const] : [])));
}

/** What sending a first message and a reply share: limits, attachments, delivery. */
@Injectable()
export class MessageSending {
  constructor(
    @Inject(SENDING_LIMITS) readonly limits: SendingLimits,
    @Inject(SEND_RATE_WINDOW) private readonly window: SendRateWindow,
    private readonly delivery: LiveDelivery,
    private readonly bus: Bus,
  ) {}

  /** 429 RATE_LIMITED (with when to retry) before anything is stored, counted under the sender's lock. */
  async checkLimits(sender: MessagingPerson, recipientCount: number, now: Date): Promise<void> {
    const windowMs = this.limits.config.windowMinutes * 60_000;
    const { count, oldest } = await this.window.countSentSinceLocked(sender.id, new Date(now.getTime() - windowMs));
    try {
      this.limits.check({ senderRole: sender.role, sentInWindow: count, recipientCount });
    } catch (error) {
      if (
        error instanceof BusinessRuleViolation &&
        error.details['rule'] === 'AnAccountStaysWithinItsSendRate' &&
        oldest
      ) {
        error.details['retryAfter'] = Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));
      }
      throw error;
    }
  }

  /** The attachments become readable by whoever may read the message (asked of messaging by the media context). */
  async registerAttachments(sender: MessagingPerson, message: Message): Promise<void> {
    if (message.attachmentIds.length === 0) return;
    const { mediaIds } = await this.bus.command(
      new RegisterMediaUsageCommand(
        sender.id,
        { context: 'messaging', resourceId: message.id },
        [...message.attachmentIds],
        { classId: sender.pupilClass?.classId },
      ),
    );
    if (mediaIds.length !== message.attachmentIds.length) {
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Some attachments may not be sent.', {
        rule: 'AttachmentsAreTheSendersToShare',
      });
    }
  }

  /** Once committed: the recipients' browsers hear of it, or the class's teachers of a held message. */
  deliverAfterCommit(sender: MessagingPerson, message: Message): void {
    if (message.status === 'held' && sender.pupilClass) {
      const { classId, teacherIds } = sender.pupilClass;
      this.bus.afterCommit(() =>
        this.delivery.heldQueueChanged(classId, teacherIds, { messageId: message.id, status: 'held' }),
      );
    } else if (message.status === 'delivered') {
      this.bus.afterCommit(() => this.delivery.messagesDelivered([message.id]));
    }
  }
}
