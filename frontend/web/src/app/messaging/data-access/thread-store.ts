import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { MediaItemView, ParticipantView, SentMessage, ThreadMessageView, ThreadView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingApi } from './messaging-api';
import { MessagingBadges } from './messaging-badges';
import { Announcement } from './mailbox-store';
import { SendFailure, sendFailureOf } from './send-failure';

/** Whom a broadcast's sender answers: everyone (each in their own conversation), or one person. */
export type ReplyTarget = { kind: 'all' } | { kind: 'one'; personId: string };

/**
 * One conversation, open: its messages, the reply being written, and what may be done to a message
 * (report, hide). A message arriving live is fetched with the thread (which also marks it read).
 * Provided by the thread page.
 */
@Injectable()
export class ThreadStore {
  private readonly api = inject(MessagingApi);
  private readonly badges = inject(MessagingBadges);
  private readonly session = inject(SessionStore);
  private readonly meId = computed(() => this.session.me()?.id ?? null);
  private generation = 0;

  readonly thread = signal<ThreadView | null>(null);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);
  /** The message being reported or hidden. */
  readonly busy = signal<string | null>(null);
  readonly sending = signal(false);
  readonly sendFailure = signal<SendFailure | null>(null);
  /** Said politely to screen readers: a new message, a reply sent, an action done or failed. */
  readonly announcement = signal<Announcement | null>(null);

  readonly id = computed(() => this.thread()?.id ?? null);
  readonly me = this.meId;
  readonly people = computed(
    () => new Map<string, ParticipantView>((this.thread()?.participants ?? []).map((p) => [p.id, p])),
  );
  /** The sender of a broadcast may answer everyone or one person; the others answer the sender. */
  readonly isBroadcastSender = computed(() => {
    const t = this.thread();
    return !!t && t.kind === 'broadcast' && t.createdBy === this.meId();
  });
  readonly others = computed(() => (this.thread()?.participants ?? []).filter((p) => p.id !== this.meId()));

  constructor() {
    const live = inject(LiveEvents);
    const destroyRef = inject(DestroyRef);
    live
      .on('message.received')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((event) => {
        if (event.conversationId === this.id()) void this.refresh(event.authorId);
      });
    live
      .on('resync')
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => void this.refresh());
  }

  async open(id: string): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    this.sendFailure.set(null);
    this.announcement.set(null);
    if (this.thread()?.id !== id) this.thread.set(null);
    try {
      const thread = await firstValueFrom(this.api.thread(id));
      if (generation !== this.generation) return;
      this.thread.set(thread);
      // Opening it read it: the badge follows (the server also says so live).
      void this.badges.refreshUnread();
    } catch (error) {
      if (generation === this.generation) this.error.set(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /** Fetches the thread again, keeping it shown meanwhile; with `authorId`, says a new message came. */
  async refresh(authorId?: string): Promise<void> {
    const id = this.id();
    if (!id) return;
    const generation = this.generation;
    const known = new Set(this.thread()?.messages.map((m) => m.id));
    try {
      const thread = await firstValueFrom(this.api.thread(id));
      if (generation !== this.generation) return;
      this.thread.set(thread);
      if (authorId && thread.messages.some((m) => !known.has(m.id))) {
        const name = this.people().get(authorId)?.displayName;
        this.announcement.set(
          name ? { key: 'messaging.live.newFrom', params: { name } } : { key: 'messaging.live.new' },
        );
      }
      void this.badges.refreshUnread();
    } catch {
      // shown as it was; the next event tries again
    }
  }

  /** Sends a reply; true when it went (delivered, or held for a teacher). */
  async reply(
    body: string,
    attachments: readonly MediaItemView[] = [],
    target: ReplyTarget = { kind: 'all' },
  ): Promise<SentMessage | null> {
    const id = this.id();
    const text = body.trim();
    if (!id || !text || this.sending()) return null;
    this.sending.set(true);
    this.sendFailure.set(null);
    this.announcement.set(null);
    try {
      const sent = await firstValueFrom(
        this.api.reply(id, {
          body: text,
          ...(attachments.length ? { attachmentIds: attachments.map((a) => a.id) } : {}),
          ...(target.kind === 'one' && this.isBroadcastSender() ? { to: [target.personId] } : {}),
        }),
      );
      this.announcement.set({ key: sent.status === 'held' ? 'messaging.send.held' : 'messaging.send.delivered' });
      await this.refresh();
      return sent;
    } catch (error) {
      this.sendFailure.set(sendFailureOf(error));
      return null;
    } finally {
      this.sending.set(false);
    }
  }

  report(message: ThreadMessageView, reason?: string | null): Promise<boolean> {
    return this.act(
      message.id,
      () => this.api.report(message.id, reason),
      (m) => ({ ...m, reportedByMe: true, permissions: { ...m.permissions, report: false } }),
      'messaging.thread.reported',
    );
  }

  hide(message: ThreadMessageView): Promise<boolean> {
    return this.act(
      message.id,
      () => this.api.hide(message.id),
      (m) => ({ ...m, status: 'hidden', body: null, attachments: [], permissions: { ...m.permissions, hide: false } }),
      'messaging.thread.hiddenDone',
    );
  }

  private async act(
    messageId: string,
    call: () => ReturnType<MessagingApi['hide']>,
    change: (m: ThreadMessageView) => ThreadMessageView,
    doneKey: string,
  ): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(messageId);
    this.announcement.set(null);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.thread.update((t) =>
        t ? { ...t, messages: t.messages.map((m) => (m.id === messageId ? change(m) : m)) } : t,
      );
      this.announcement.set({ key: doneKey });
      return true;
    } catch (error) {
      const failure = sendFailureOf(error);
      this.announcement.set({ key: failure.key, params: failure.params, count: failure.count, error: true });
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}
