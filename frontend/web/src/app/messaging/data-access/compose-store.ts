import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  DraftView,
  MediaItemView,
  ParticipantView,
  RecipientGroupView,
  RecipientsView,
  SaveDraftRequest,
  SentMessage,
} from '@preau/contracts';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_SUBJECT_MAX_CHARS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MediaApi } from '../../media';
import { Autosave } from '../../shared/data/autosave';
import { MessagingApi } from './messaging-api';
import {
  RecipientChip,
  addGroup,
  addPerson,
  countAmong,
  expandGroup,
  matchRecipients,
  personChip,
  recipientIdsOf,
  removeChip,
  withoutPeople,
} from './recipient-selection';
import { SendFailure, sendFailureOf } from './send-failure';

export type MissingPart = 'recipients' | 'subject' | 'body';

/** A pupil may leave the subject out: the message's first words stand for it. */
export function subjectFromBody(body: string, max = 60): string {
  const line = body.trim().split(/\n/)[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

const EMPTY_RECIPIENTS: RecipientsView = { people: [], groups: [] };

function union<T extends { id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const seen = new Set(first.map((x) => x.id));
  return [...first, ...second.filter((x) => !seen.has(x.id))];
}

/**
 * A new message being written: recipients (people and ready-made groups), subject, text, attachments;
 * kept as a draft after a pause in typing (created on the first save, then replaced with PUT), and
 * sent with its draft id so that the server drops the draft. A refusal marks the recipients at fault.
 * Provided by the compose dialog.
 */
@Injectable()
export class ComposeStore {
  private readonly api = inject(MessagingApi);
  private readonly media = inject(MediaApi);
  private readonly autosave = new Autosave({
    write: () => this.doSave(),
    // Leaving: what is typed is not lost.
    onLeave: () => {
      if (!this.closed) void this.flush();
    },
  });
  /** What the server holds, as a comparable text. */
  private savedSnapshot = '';
  private searchGeneration = 0;
  private closed = false;

  /** Everyone the caller may write to, and the groups (the first, unfiltered answer). */
  readonly directory = signal<RecipientsView>(EMPTY_RECIPIENTS);
  readonly directoryLoading = signal(false);
  readonly directoryError = signal<unknown>(null);
  /** What the recipient search offers for the current text. */
  readonly suggestions = signal<RecipientsView>(EMPTY_RECIPIENTS);
  /** Everyone met so far (directory, searches, the draft), by id: names of group members, refused people. */
  readonly people = signal<ReadonlyMap<string, ParticipantView>>(new Map());

  readonly chips = signal<RecipientChip[]>([]);
  readonly subject = signal('');
  readonly body = signal('');
  readonly attachments = signal<MediaItemView[]>([]);
  /** Pupils: no subject asked, the first words stand for it. */
  readonly subjectOptional = signal(false);
  /** How a group is worded in the UI's language (set by the dialog), for the search to find "familles". */
  groupLabel: (group: RecipientGroupView) => string = (g) => g.name;

  readonly draftId = signal<string | null>(null);
  readonly draftState = this.autosave.state;
  readonly draftLoading = signal(false);
  readonly draftError = signal<unknown>(null);

  readonly sending = signal(false);
  readonly sent = signal<SentMessage | null>(null);
  readonly failure = signal<SendFailure | null>(null);
  /** Parts missing, shown once a send was tried. */
  readonly missing = signal<MissingPart[]>([]);

  readonly recipientIds = computed(() => recipientIdsOf(this.chips()));
  readonly refusedIds = computed(
    () => new Set([...(this.failure()?.refused ?? []), ...(this.failure()?.switchedOff ?? [])]),
  );
  /** The names of those refused, for the sentence above the field. */
  readonly refusedNames = computed(() => {
    const people = this.people();
    return [...this.refusedIds()]
      .map((id) => people.get(id)?.displayName ?? null)
      .filter((n): n is string => n !== null);
  });
  readonly canAttachMore = computed(() => this.attachments().length < MESSAGE_ATTACHMENTS_MAX);
  readonly hasContent = computed(
    () => this.chips().length > 0 || !!this.subject().trim() || !!this.body().trim() || this.attachments().length > 0,
  );

  /** The people and groups the caller may write to; asked once when the dialog opens. */
  async loadDirectory(): Promise<void> {
    this.directoryLoading.set(true);
    this.directoryError.set(null);
    try {
      const view = await firstValueFrom(this.api.recipients());
      this.directory.set(view);
      this.suggestions.set(view);
      this.learn(view.people);
    } catch (error) {
      this.directoryError.set(error);
    } finally {
      this.directoryLoading.set(false);
    }
  }

  /**
   * Offers what matches `q`: at once from the people already known, then from the server's answer
   * (which may know more, e.g. a school's many families).
   */
  async search(q: string): Promise<void> {
    const generation = ++this.searchGeneration;
    const text = q.trim();
    this.filterLocally(text);
    if (!text) return;
    try {
      const view = await firstValueFrom(this.api.recipients(text));
      if (generation !== this.searchGeneration) return;
      this.learn(view.people);
      // The server searches names; words only the UI knows ("familles") keep their local matches.
      const local = matchRecipients(this.directory(), text, this.groupLabel);
      this.suggestions.set({ people: union(view.people, local.people), groups: union(local.groups, view.groups) });
    } catch {
      // the local matches stay
    }
  }

  /** What is known already that matches `q` (shown while the server is asked). */
  filterLocally(q: string): void {
    this.suggestions.set(matchRecipients(this.directory(), q.trim(), this.groupLabel));
  }

  addPerson(person: ParticipantView): void {
    this.learn([person]);
    this.setChips(addPerson(this.chips(), person));
  }

  addGroup(group: RecipientGroupView): void {
    this.setChips(addGroup(this.chips(), group));
  }

  /** Adds or takes out one person (the pupil picker's toggles). */
  togglePerson(person: ParticipantView): void {
    if (this.recipientIds().includes(person.id)) this.setChips(withoutPeople(this.chips(), [person.id]));
    else this.addPerson(person);
  }

  remove(chipId: string): void {
    this.setChips(removeChip(this.chips(), chipId));
  }

  expand(chipId: string): void {
    this.setChips(expandGroup(this.chips(), chipId, this.people()));
  }

  /** Takes out everyone the server refused, so the message can go to the others. */
  removeRefused(): void {
    const refused = [...this.refusedIds()];
    this.setChips(withoutPeople(this.chips(), refused));
    this.failure.set(null);
  }

  /** How many of a chip's people were refused. */
  refusedIn(chip: RecipientChip): number {
    return countAmong(chip, this.refusedIds());
  }

  setSubject(value: string): void {
    this.subject.set(value);
    this.changed();
  }

  setBody(value: string): void {
    this.body.set(value);
    this.changed();
  }

  addAttachment(item: MediaItemView): void {
    if (!this.canAttachMore() || this.attachments().some((a) => a.id === item.id)) return;
    this.attachments.update((list) => [...list, item]);
    this.changed();
  }

  removeAttachment(id: string): void {
    this.attachments.update((list) => list.filter((a) => a.id !== id));
    this.changed();
  }

  /** Opens a saved draft (from the drafts folder). */
  async openDraft(id: string): Promise<void> {
    this.draftLoading.set(true);
    this.draftError.set(null);
    try {
      const draft = await firstValueFrom(this.api.draft(id));
      this.learn(draft.recipients);
      this.chips.set(draft.recipients.map(personChip));
      this.subject.set(draft.subject);
      this.body.set(draft.body);
      this.draftId.set(draft.id);
      this.attachments.set(await this.loadAttachments(draft.attachmentIds));
      this.savedSnapshot = this.snapshot();
      this.draftState.set('saved');
    } catch (error) {
      this.draftError.set(error);
    } finally {
      this.draftLoading.set(false);
    }
  }

  /** Saves now what is not saved yet. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.autosave.settle();
    if (this.sent() || !this.hasContent() || this.snapshot() === this.savedSnapshot) return;
    await this.save();
  }

  /** What is missing before sending (the field's errors show once a send was tried). */
  check(): MissingPart[] {
    const missing: MissingPart[] = [];
    if (this.recipientIds().length === 0) missing.push('recipients');
    if (!this.subjectOptional() && !this.subject().trim()) missing.push('subject');
    if (!this.body().trim()) missing.push('body');
    return missing;
  }

  /** Sends the message; the answer (delivered, or held for a teacher) is kept in `sent`. */
  async send(): Promise<SentMessage | null> {
    if (this.sending() || this.sent()) return null;
    const missing = this.check();
    this.missing.set(missing);
    if (missing.length) return null;
    this.sending.set(true);
    this.failure.set(null);
    this.clearTimer();
    try {
      // A save still running would create the draft again after the send dropped it.
      await this.autosave.settle();
      const body = this.body().trim();
      const subject = (this.subject().trim() || subjectFromBody(body)).slice(0, MESSAGE_SUBJECT_MAX_CHARS);
      const draftId = this.draftId();
      const sent = await firstValueFrom(
        this.api.start({
          recipientIds: this.recipientIds(),
          subject,
          body,
          ...(this.attachments().length ? { attachmentIds: this.attachments().map((a) => a.id) } : {}),
          ...(draftId ? { draftId } : {}),
        }),
      );
      this.sent.set(sent);
      this.draftState.set('idle');
      return sent;
    } catch (error) {
      this.failure.set(sendFailureOf(error));
      return null;
    } finally {
      this.sending.set(false);
    }
  }

  /** Drops the draft (the message is not sent); true when there is nothing left on the server. */
  async discard(): Promise<boolean> {
    this.clearTimer();
    this.closed = true;
    await this.autosave.settle();
    const id = this.draftId();
    if (!id) return true;
    try {
      await firstValueFrom(this.api.deleteDraft(id), { defaultValue: undefined });
      this.draftId.set(null);
      return true;
    } catch (error) {
      this.closed = false;
      this.failure.set(sendFailureOf(error));
      return false;
    }
  }

  private setChips(chips: RecipientChip[]): void {
    this.chips.set(chips);
    if (this.missing().includes('recipients') && chips.length)
      this.missing.update((m) => m.filter((p) => p !== 'recipients'));
    this.changed();
  }

  private learn(people: readonly ParticipantView[]): void {
    if (!people.length) return;
    this.people.update((known) => {
      const next = new Map(known);
      people.forEach((p) => next.set(p.id, p));
      return next;
    });
  }

  private async loadAttachments(ids: readonly string[]): Promise<MediaItemView[]> {
    const items = await Promise.all(ids.map((id) => firstValueFrom(this.media.get(id)).catch(() => null)));
    // An item deleted since the draft was saved drops out.
    return items.filter((i): i is MediaItemView => i !== null);
  }

  private changed(): void {
    if (this.sent() || this.closed) return;
    if (this.missing().length) this.missing.set(this.check().filter((p) => this.missing().includes(p)));
    if (!this.hasContent() && !this.draftId()) {
      this.clearTimer();
      this.draftState.set('idle');
      return;
    }
    if (this.snapshot() === this.savedSnapshot) {
      this.clearTimer();
      if (this.draftState() !== 'saving') this.draftState.set(this.draftId() ? 'saved' : 'idle');
      return;
    }
    if (this.draftState() !== 'saving') this.draftState.set('unsaved');
    this.schedule();
  }

  private request(): SaveDraftRequest {
    return {
      recipientIds: this.recipientIds(),
      subject: this.subject(),
      body: this.body(),
      attachmentIds: this.attachments().map((a) => a.id),
    };
  }

  private snapshot(): string {
    return JSON.stringify(this.request());
  }

  private schedule(): void {
    this.autosave.schedule();
  }

  private clearTimer(): void {
    this.autosave.cancel();
  }

  private save(): Promise<void> {
    return this.autosave.run();
  }

  private async doSave(): Promise<void> {
    if (this.sent() || this.closed) return;
    const snapshot = this.snapshot();
    if (snapshot === this.savedSnapshot) return;
    const request = this.request();
    const id = this.draftId();
    this.draftState.set('saving');
    try {
      const draft: DraftView = id
        ? await firstValueFrom(this.api.saveDraft(id, request))
        : await firstValueFrom(this.api.createDraft(request));
      this.draftId.set(draft.id);
      this.savedSnapshot = snapshot;
      if (this.snapshot() !== snapshot) {
        // Typed while it was saving: the rest follows after the pause.
        this.draftState.set('unsaved');
        this.schedule();
      } else {
        this.draftState.set('saved');
      }
    } catch {
      this.draftState.set('error');
    }
  }
}
