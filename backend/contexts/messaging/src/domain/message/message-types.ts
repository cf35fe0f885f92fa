import type { Id } from '@preau/kernel';

/**
 * `delivered`: the recipients read it. `held`: a pupil's message waiting for a teacher of the pupil's
 * class (`holdPupilMessages`). `refused`: a teacher refused it with a note; only its author sees it.
 * `hidden`: a teacher hid it after delivery; everyone sees a marker instead of it.
 */
export type MessageStatus = 'delivered' | 'held' | 'refused' | 'hidden';

export const MESSAGE_MAX_CHARS = 10_000;
export const ATTACHMENTS_MAX_ITEMS = 10;
export const MODERATION_NOTE_MAX_CHARS = 500;
export const REPORT_REASON_MAX_CHARS = 500;

/** Someone the message was delivered to told the teachers about it. */
export interface MessageReport {
  readonly by: Id;
  readonly reason: string | null;
  readonly at: Date;
}
