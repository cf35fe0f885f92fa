import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ParticipantView, SentMessage } from '@preau/contracts';
import { MESSAGE_BODY_MAX_CHARS, MESSAGE_SUBJECT_MAX_CHARS } from '@preau/contracts';
import { SessionStore } from '../../shared/session/session-store';
import { MediaPicker } from '../../media';
import { ErrorState } from '../../shared/ui/error-state';
import { ComposeStore } from '../data-access/compose-store';
import { AttachmentList } from '../ui/attachment-list';
import { PupilRecipientGrid } from '../ui/pupil-recipient-grid';
import { RecipientPicker } from '../ui/recipient-picker';
import { SaidKeyPipe } from '../ui/said';

export interface ComposeData {
  /** Open this saved draft. */
  draftId?: string | null;
  /** Start with these recipients. */
  to?: ParticipantView[];
}

/** How the dialog closed: sent (delivered or held), kept as a draft, or nothing kept. */
export type ComposeResult = { sent: SentMessage } | { draftId: string } | { discarded: true } | null;

/**
 * Writing a new message: recipients (chips and groups, or faces for a pupil), subject, text and
 * attachments from the media library; the draft keeps itself; sending says how it went.
 */
@Component({
  selector: 'preau-compose-dialog',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorState,
    AttachmentList,
    PupilRecipientGrid,
    RecipientPicker,
    SaidKeyPipe,
  ],
  providers: [ComposeStore],
  templateUrl: './compose-dialog.html',
  styleUrl: './compose-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComposeDialog {
  protected readonly store = inject(ComposeStore);
  private readonly data = inject<ComposeData | null>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  private readonly ref = inject<MatDialogRef<ComposeDialog, ComposeResult>>(MatDialogRef);
  private readonly picker = inject(MediaPicker);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly bodyField = viewChild<ElementRef<HTMLTextAreaElement>>('bodyField');
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');

  protected readonly pupil = computed(() => this.session.role() === 'PUPIL');
  protected readonly subjectMax = MESSAGE_SUBJECT_MAX_CHARS;
  protected readonly bodyMax = MESSAGE_BODY_MAX_CHARS;
  protected readonly missing = computed(() => new Set(this.store.missing()));
  protected readonly invalidFields = computed(() => new Set(this.store.failure()?.fields ?? []));

  constructor() {
    this.store.subjectOptional.set(this.pupil());
    void this.store.loadDirectory();
    if (this.data.draftId) void this.store.openDraft(this.data.draftId);
    for (const person of this.data.to ?? []) this.store.addPerson(person);
    // Closing (Escape, the close button, a click outside) keeps what was typed as a draft.
    this.ref.beforeClosed().subscribe(() => void this.store.flush());
  }

  protected async attach(): Promise<void> {
    const classId = this.session.me()?.classes[0]?.id ?? null;
    const item = await this.picker.open({ classId, title: 'messaging.compose.pickTitle' });
    if (item) this.store.addAttachment(item);
  }

  protected async send(): Promise<void> {
    const sent = await this.store.send();
    if (sent) {
      // The form is gone with the focus in it: the result takes it, once drawn.
      afterNextRender(() => this.resultHeading()?.nativeElement.focus(), { injector: this.injector });
    } else if (this.store.missing().includes('body') && this.store.missing().length === 1) {
      this.bodyField()?.nativeElement.focus();
    }
  }

  protected async discard(): Promise<void> {
    if (await this.store.discard()) this.ref.close({ discarded: true });
  }

  protected close(): void {
    const sent = this.store.sent();
    const draftId = this.store.draftId();
    this.ref.close(sent ? { sent } : draftId ? { draftId } : null);
  }

  protected async openConversation(): Promise<void> {
    const sent = this.store.sent();
    this.close();
    if (sent) await this.router.navigate(['/messaging/conversations', sent.id], { queryParams: { folder: 'sent' } });
  }
}
