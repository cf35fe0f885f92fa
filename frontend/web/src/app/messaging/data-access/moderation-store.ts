import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { MessagingModerationView, ModeratedMessageView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { LiveEvents } from '../../shared/live/live-events';
import { Announcement } from './mailbox-store';
import { MessagingApi } from './messaging-api';
import { MessagingBadges } from './messaging-badges';
import { sendFailureOf } from './send-failure';

export type ModerationAction = 'approve' | 'refuse' | 'hide';

/**
 * A class's messaging queue for its teachers: pupils' messages held for approval (approve, refuse with
 * a note) and reported messages (hide). What is handled leaves the queue and its count at once; the
 * queue reloads when the server says it changed (`messaging.held`). Provided by the moderation page.
 */
@Injectable()
export class MessagingModerationStore {
  private readonly api = inject(MessagingApi);
  private readonly badges = inject(MessagingBadges);
  private generation = 0;

  readonly classId = signal<string | null>(null);
  readonly queue = signal<MessagingModerationView | null>(null);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);
  /** The message being handled. */
  readonly busy = signal<string | null>(null);
  readonly announcement = signal<Announcement | null>(null);

  readonly held = computed(() => this.queue()?.held ?? []);
  readonly reported = computed(() => this.queue()?.reported ?? []);
  readonly counts = computed(() => this.queue()?.counts ?? { held: 0, reported: 0 });

  constructor() {
    const live = inject(LiveEvents);
    const destroyRef = inject(DestroyRef);
    live.on('messaging.held').pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      if (event.classId === this.classId() && !this.busy()) void this.refresh();
    });
    live.on('resync').pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(classId: string): Promise<void> {
    const generation = ++this.generation;
    if (classId !== this.classId()) this.queue.set(null);
    this.classId.set(classId);
    this.loading.set(true);
    this.error.set(null);
    try {
      const queue = await firstValueFrom(this.api.moderation(classId));
      if (generation !== this.generation) return;
      this.queue.set(queue);
      this.badges.setQueue(classId, queue.counts);
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /** Reloads in place (live), keeping the queue shown meanwhile. */
  async refresh(): Promise<void> {
    const classId = this.classId();
    if (!classId || !this.queue()) return;
    const generation = this.generation;
    try {
      const queue = await firstValueFrom(this.api.moderation(classId));
      if (generation !== this.generation) return;
      this.queue.set(queue);
      this.badges.setQueue(classId, queue.counts);
    } catch {
      // the queue stays as it was
    }
  }

  approve(message: ModeratedMessageView): Promise<boolean> {
    return this.run(message, () => this.api.approve(message.id), { key: 'messaging.moderation.approved', params: { name: message.author.displayName } });
  }

  refuse(message: ModeratedMessageView, note: string): Promise<boolean> {
    return this.run(message, () => this.api.refuse(message.id, note), { key: 'messaging.moderation.refused', params: { name: message.author.displayName } });
  }

  hide(message: ModeratedMessageView): Promise<boolean> {
    return this.run(message, () => this.api.hide(message.id), { key: 'messaging.moderation.hidden', params: { name: message.author.displayName } });
  }

  private async run(message: ModeratedMessageView, call: () => ReturnType<MessagingApi['hide']>, done: Announcement): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(message.id);
    this.announcement.set(null);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.drop(message.id);
      this.announcement.set(done);
      return true;
    } catch (error) {
      const failure = sendFailureOf(error);
      this.announcement.set({ key: failure.key, params: failure.params, count: failure.count, error: true });
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  /** Handled: out of both lists (a reported message may also be held), counts down. */
  private drop(id: string): void {
    this.queue.update((q) => {
      if (!q) return q;
      const held = q.held.filter((m) => m.id !== id);
      const reported = q.reported.filter((m) => m.id !== id);
      const counts = {
        held: Math.max(0, q.counts.held - (q.held.length - held.length)),
        reported: Math.max(0, q.counts.reported - (q.reported.length - reported.length)),
      };
      return { ...q, held, reported, counts };
    });
    const classId = this.classId();
    const q = this.queue();
    if (classId && q) this.badges.setQueue(classId, q.counts);
  }
}
