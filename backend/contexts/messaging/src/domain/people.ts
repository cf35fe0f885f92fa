import type { Id } from '@preau/kernel';

/**
 * A pupil's class as the directory describes it when the pupil writes: its teachers moderate the
 * pupil's messages, and its setting `holdPupilMessages` decides whether they wait for approval.
 */
export interface PupilClass {
  readonly classId: Id;
  readonly holdPupilMessages: boolean;
}

/**
 * Who writes. The aggregate does not know the directory: the application asks it for the author's
 * class (set for a pupil only) and passes the answer here.
 */
export interface Author {
  readonly id: Id;
  /** Set for a pupil, null for an adult. */
  readonly pupilClass: PupilClass | null;
}

/** Who moderates: the classes this person teaches, as the directory answers for them. */
export interface Moderator {
  readonly id: Id;
  readonly taughtClassIds: readonly Id[];
}

/** Length in characters as a person counts them (code points, so an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

/** The ids once each, in the order of first appearance. */
export function unique(ids: Iterable<Id>): Id[] {
  return [...new Set(ids)];
}
