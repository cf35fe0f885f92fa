import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey, problemOf } from '../../shared/http/problem';

export interface FolderNameDialogData {
  /** Translation keys of the title and the submit button. */
  title: string;
  submit: string;
  /** The current name, when renaming. */
  name?: string;
  /** Saves the name; its error (409: the name is taken) is shown in the dialog. */
  save: (name: string) => Promise<unknown>;
}

/** Names a new folder, or renames one. Closes with the saved name. */
@Component({
  selector: 'preau-folder-name-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: { name: data.name ?? '' } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field class="field">
          <mat-label>{{ 'media.folders.name' | transloco }}</mat-label>
          <input matInput formControlName="name" maxlength="100" required cdkFocusInitial autocomplete="off" />
          @if (form.controls.name.invalid) {
            <mat-error>{{ 'media.folders.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <p class="error" role="alert">
          @if (errorKey(); as key) {
            {{ key | transloco }}
          }
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ data.submit | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(320px, 70vw);
    }
    .error {
      min-height: 1.5em;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FolderNameDialog {
  protected readonly data = inject<FolderNameDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<FolderNameDialog, string>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.name ?? '', [Validators.required, Validators.maxLength(100), (c: { value: string }) => (c.value.trim() ? null : { required: true })]],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const name = this.form.getRawValue().name.trim();
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await this.data.save(name);
      this.ref.close(name);
    } catch (error) {
      this.errorKey.set(problemOf(error)?.code === 'CONFLICT' ? 'media.folders.nameTaken' : errorMessageKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
