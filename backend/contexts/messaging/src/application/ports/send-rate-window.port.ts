import type { Id } from '@preau/kernel';

/**
 * The store's count behind the send rate (decision 0008): no aggregate holds "what this author sent lately", and
 * the count must be taken under a lock per sender.
 */
export interface SendRateWindow {
  /**
   * Messages the author wrote since `since`, counted under a lock held until the transaction ends, so that
   * two sends at once cannot both pass the last free place.
   */
  countSentSinceLocked(authorId: Id, since: Date): Promise<{ count: number; oldest: Date | null }>;
}

export const SEND_RATE_WINDOW = Symbol('SendRateWindow');
