import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { MODERATION_NOTE_MAX_CHARS } from '@preau/contracts';

export interface ReportDialogData {
  author: string;
}

/** "Tell the teacher": an optional reason; closes with `{reason}` when sent, nothing when cancelled. */
@Component({
  selector: 'preau-report-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'messaging.report.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'messaging.report.intro' | transloco: { name: data.author } }}</p>
        <mat-form-field class="field">
          <mat-label>{{ 'messaging.report.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [maxlength]="max" cdkFocusInitial></textarea>
          <mat-hint>{{ 'messaging.report.reasonHint' | transloco }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'messaging.report.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      display: block;
      width: 100%;
      min-width: min(440px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDialog {
  protected readonly data = inject<ReportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReportDialog, { reason: string }>>(MatDialogRef);
  protected readonly max = MODERATION_NOTE_MAX_CHARS;
  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', [Validators.maxLength(MODERATION_NOTE_MAX_CHARS)]] });

  protected submit(): void {
    if (this.form.invalid) return;
    this.ref.close({ reason: this.form.getRawValue().reason.trim() });
  }
}
