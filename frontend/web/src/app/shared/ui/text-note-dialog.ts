import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface TextNoteDialogData {
  /** Translation keys, all read with `params`. */
  title: string;
  intro: string;
  label: string;
  submit: string;
  /** Shown under the field, at its start. */
  hint?: string;
  /** Present: the text is required (white space alone counts as empty), and this is the error shown. */
  required?: string;
  params?: Record<string, string>;
  maxLength: number;
  rows: number;
  /** Shows `n / max` under the field, at its end. */
  counter?: boolean;
}

/** A short text asked for in a dialog; closes with it trimmed, or with nothing when cancelled. */
@Component({
  selector: 'preau-text-note-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: data.params }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ data.intro | transloco: data.params }}</p>
        <mat-form-field class="field">
          <mat-label>{{ data.label | transloco: data.params }}</mat-label>
          <textarea matInput formControlName="text" [rows]="data.rows" [maxlength]="data.maxLength" [required]="!!data.required" cdkFocusInitial></textarea>
          @if (data.hint) {
            <mat-hint>{{ data.hint | transloco: data.params }}</mat-hint>
          }
          @if (data.counter) {
            <mat-hint align="end">{{ form.controls.text.value.length }} / {{ data.maxLength }}</mat-hint>
          }
          @if (data.required && form.controls.text.hasError('required')) {
            <mat-error>{{ data.required | transloco: data.params }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <!-- Not mat-dialog-close: as a bare attribute it closes with '', which an optional text cannot tell from "sent empty". -->
        <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ data.submit | transloco: data.params }}</button>
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
export class TextNoteDialog {
  protected readonly data = inject<TextNoteDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TextNoteDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', this.data.required ? [Validators.maxLength(this.data.maxLength), notBlank] : [Validators.maxLength(this.data.maxLength)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().text.trim());
  }

  protected cancel(): void {
    this.ref.close();
  }
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}
