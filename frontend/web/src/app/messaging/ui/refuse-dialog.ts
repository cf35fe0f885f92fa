import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { MODERATION_NOTE_MAX_CHARS } from '@preau/contracts';

export interface RefuseDialogData {
  author: string;
}

/** The teacher's note to a pupil whose message is refused (required); closes with it. */
@Component({
  selector: 'preau-refuse-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'messaging.refuse.title' | transloco: { name: data.author } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'messaging.refuse.intro' | transloco: { name: data.author } }}</p>
        <mat-form-field class="field">
          <mat-label>{{ 'messaging.refuse.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="4" [maxlength]="max" required cdkFocusInitial></textarea>
          <mat-hint align="end">{{ form.controls.note.value.length }} / {{ max }}</mat-hint>
          @if (form.controls.note.invalid) {
            <mat-error>{{ 'messaging.refuse.required' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'messaging.refuse.submit' | transloco }}</button>
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
export class RefuseDialog {
  protected readonly data = inject<RefuseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RefuseDialog, string>>(MatDialogRef);
  protected readonly max = MODERATION_NOTE_MAX_CHARS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [Validators.required, Validators.maxLength(MODERATION_NOTE_MAX_CHARS), (c: { value: string }) => (c.value.trim() ? null : { required: true })]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().note.trim());
  }
}
