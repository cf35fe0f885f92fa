import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { MeResponse } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingApi } from './messaging-api';

/** Academy administrators never read conversations: no messaging entry, no counts asked. */
export function hasMessaging(me: Pick<MeResponse, 'role'> | null): boolean {
  return me !== null && me.role !== 'ACADEMY_ADMIN';
}

/** A class's queue as the navigation counts it; `available` is false when the module is off (or not the caller's to moderate). */
export interface HeldCount {
  held: number;
  reported: number;
  available: boolean;
}

/**
 * The counts the app shows outside the messaging pages, kept live: the caller's unread messages (the
 * navigation badge) and, for teachers, what waits in each class's moderation queue.
 */
@Injectable({ providedIn: 'root' })
export class MessagingBadges {
  private readonly api = inject(MessagingApi);
  private readonly session = inject(SessionStore);
  private readonly live = inject(LiveEvents);
  /** Answers for an older session are dropped. */
  private generation = 0;

  private readonly unreadTotal = signal(0);
  private readonly heldByClass = signal<Record<string, HeldCount>>({});

  readonly unread = this.unreadTotal.asReadonly();
  readonly held = this.heldByClass.asReadonly();
  readonly heldTotal = computed(() =>
    Object.values(this.heldByClass()).reduce((sum, c) => sum + (c.available ? c.held : 0), 0),
  );

  constructor() {
    effect(() => {
      const me = this.session.me();
      untracked(() => {
        this.generation++;
        this.unreadTotal.set(0);
        this.heldByClass.set({});
        if (hasMessaging(me)) void this.refresh();
      });
    });
    const destroyRef = inject(DestroyRef);
    this.live
      .on('message.received')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((e) => this.setUnread(e.unread?.total));
    this.live
      .on('messaging.unread')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((e) => this.setUnread(e.total));
    this.live
      .on('messaging.held')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((e) => this.setHeld(e.classId, e.held));
    this.live
      .on('resync')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => void this.refresh());
  }

  /** Held count of one class (0 when unknown). */
  heldIn(classId: string): number {
    return this.heldByClass()[classId]?.held ?? 0;
  }

  /** Asks the server again: after opening a conversation, or when live events may have been missed. */
  async refresh(): Promise<void> {
    const me = this.session.me();
    if (!hasMessaging(me)) return;
    await Promise.all([
      this.refreshUnread(),
      ...(me?.role === 'TEACHER' ? me.classes.map((c) => this.refreshHeld(c.id)) : []),
    ]);
  }

  async refreshUnread(): Promise<void> {
    const generation = this.generation;
    try {
      const view = await firstValueFrom(this.api.unread());
      if (generation === this.generation) this.setUnread(view.total);
    } catch {
      // the badge stays as it was; the next event or refresh tries again
    }
  }

  /** Also called by the moderation page once it has the queue. */
  setQueue(classId: string, counts: { held: number; reported: number }): void {
    this.heldByClass.update((all) => ({ ...all, [classId]: { ...counts, available: true } }));
  }

  private async refreshHeld(classId: string): Promise<void> {
    const generation = this.generation;
    try {
      const view = await firstValueFrom(this.api.moderation(classId));
      if (generation === this.generation) this.setQueue(classId, view.counts);
    } catch {
      // module off, or not this teacher's to moderate: no entry for it
      if (generation === this.generation)
        this.heldByClass.update((all) => ({ ...all, [classId]: { held: 0, reported: 0, available: false } }));
    }
  }

  private setUnread(total: unknown): void {
    if (typeof total === 'number' && Number.isFinite(total)) this.unreadTotal.set(Math.max(0, total));
  }

  private setHeld(classId: string, held: number): void {
    if (typeof held !== 'number') return;
    this.heldByClass.update((all) => {
      const current = all[classId] ?? { held: 0, reported: 0, available: true };
      return { ...all, [classId]: { ...current, held: Math.max(0, held), available: true } };
    });
  }
}
