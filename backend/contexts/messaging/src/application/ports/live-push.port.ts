import type { Id } from '@preau/kernel';

/** One event for one person's open browsers. `key` makes appending it twice harmless (exactly once in the log). */
export interface LivePushEntry {
  personId: Id;
  type: string;
  data: Record<string, unknown>;
  key?: string;
}

/** The stored log of live events (server-sent to open browsers, resumable): the platform provides it. */
export interface LivePush {
  append(entries: LivePushEntry[]): Promise<void>;
}

export const LIVE_PUSH = Symbol('LivePush');
