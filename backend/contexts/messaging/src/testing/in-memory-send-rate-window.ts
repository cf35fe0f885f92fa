import type { Id } from '@preau/kernel';
import type { SendRateWindow } from '../application/ports/send-rate-window.port';

/** The send-rate count over times a spec says each author sent at. */
export class InMemorySendRateWindow implements SendRateWindow {
  private readonly sent = new Map<Id, Date[]>();

  sentAt(authorId: Id, ...times: Date[]): this {
    this.sent.set(authorId, [...(this.sent.get(authorId) ?? []), ...times]);
    return this;
  }

  async countSentSinceLocked(authorId: Id, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const inWindow = (this.sent.get(authorId) ?? []).filter((t) => t > since).sort((a, b) => a.getTime() - b.getTime());
    return { count: inWindow.length, oldest: inWindow[0] ?? null };
  }
}
