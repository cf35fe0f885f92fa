import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FEEDBACK_MAX_CHARS } from '@preau/contracts';

export interface FeedbackDialogData {
  title: string;
  author: string;
}

/** The teacher's words to the author of an article sent back; closes with them. */
@Component({
  selector: 'preau-feedback-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'blog.feedback.title' | transloco: { title: data.title } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'blog.feedback.intro' | transloco: { name: data.author } }}</p>
        <mat-form-field class="field">
          <mat-label>{{ 'blog.feedback.label' | transloco }}</mat-label>
          <textarea matInput formControlName="feedback" rows="5" [maxlength]="max" required cdkFocusInitial></textarea>
          <mat-hint align="end">{{ form.controls.feedback.value.length }} / {{ max }}</mat-hint>
          @if (form.controls.feedback.invalid) {
            <mat-error>{{ 'blog.feedback.required' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'blog.feedback.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      display: block;
      width: 100%;
      min-width: min(480px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackDialog {
  protected readonly data = inject<FeedbackDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<FeedbackDialog, string>>(MatDialogRef);
  protected readonly max = FEEDBACK_MAX_CHARS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    feedback: ['', [Validators.required, Validators.maxLength(FEEDBACK_MAX_CHARS), (c: { value: string }) => (c.value.trim() ? null : { required: true })]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().feedback.trim());
  }
}
