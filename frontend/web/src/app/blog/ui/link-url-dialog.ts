import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeHref } from '../../shared/links/safe-url';

/** The address of a link in the text (web or mail); closes with it, '' to take the link off, or nothing (cancel). */
@Component({
  selector: 'preau-link-url-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'blog.editor.linkTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field class="field">
          <mat-label>{{ 'blog.editor.linkUrl' | transloco }}</mat-label>
          <input matInput type="url" inputmode="url" formControlName="url" placeholder="https://" cdkFocusInitial />
          <mat-hint>{{ 'blog.editor.linkHint' | transloco }}</mat-hint>
          @if (form.controls.url.invalid) {
            <mat-error>{{ 'blog.editor.linkInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <!-- Closes with nothing: a bare mat-dialog-close closes with '', which the editor reads as "take the link off". -->
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'common.cancel' | transloco }}</button>
        @if (data) {
          <button mat-button type="button" (click)="remove()">{{ 'blog.editor.linkRemove' | transloco }}</button>
        }
        <button mat-flat-button type="submit">{{ 'blog.editor.linkApply' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      display: block;
      width: 100%;
      min-width: min(420px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkUrlDialog {
  /** The link's current address, when there is one. */
  protected readonly data = inject<string | null>(MAT_DIALOG_DATA, { optional: true });
  private readonly ref = inject<MatDialogRef<LinkUrlDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    url: [
      this.data ?? '',
      [Validators.required, (c: { value: string }) => (safeHref(withScheme(c.value)) ? null : { url: true })],
    ],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(safeHref(withScheme(this.form.getRawValue().url)) ?? '');
  }

  protected remove(): void {
    this.ref.close('');
  }
}

/** "ecole.fr" means https://ecole.fr; an address with "@" and no scheme, a mail. */
export function withScheme(raw: string): string {
  const value = raw.trim();
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return value.includes('@') && !value.includes('/') ? `mailto:${value}` : `https://${value}`;
}
