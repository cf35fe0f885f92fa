import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { MediaApi } from '../data-access/media-api';
import { safeHttpUrl } from '../../shared/links/safe-url';

/** Adds a link (http/https) with a title; closes with the new item. */
@Component({
  selector: 'preau-link-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'media.link.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field class="field" subscriptSizing="dynamic">
          <mat-label>{{ 'media.link.url' | transloco }}</mat-label>
          <input
            matInput
            type="url"
            inputmode="url"
            autocomplete="url"
            formControlName="url"
            placeholder="https://"
            required
          />
          <mat-hint>{{ 'media.link.urlHint' | transloco }}</mat-hint>
          @if (form.controls.url.invalid) {
            <mat-error>{{ 'media.link.urlInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>{{ 'media.link.name' | transloco }}</mat-label>
          <input matInput formControlName="title" maxlength="200" required />
          @if (form.controls.title.invalid) {
            <mat-error>{{ 'media.link.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <p class="error" aria-live="assertive">
          @if (error(); as key) {
            {{ key | transloco }}
          }
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'media.link.add' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      display: block;
      width: 100%;
      margin-bottom: 8px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkDialog {
  private readonly api = inject(MediaApi);
  private readonly ref = inject<MatDialogRef<LinkDialog, MediaItemView>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    url: ['', [Validators.required, (c: { value: string }) => (safeHttpUrl(c.value.trim()) ? null : { url: true })]],
    title: [
      '',
      [
        Validators.required,
        Validators.maxLength(200),
        (c: { value: string }) => (c.value.trim() ? null : { required: true }),
      ],
    ],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const { url, title } = this.form.getRawValue();
      this.ref.close(await firstValueFrom(this.api.addLink(url.trim(), title.trim())));
    } catch (error) {
      this.error.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}
