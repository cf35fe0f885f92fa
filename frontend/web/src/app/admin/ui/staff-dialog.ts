import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreatedStaffView, StaffRole } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { AdminApi } from '../data-access/admin-api';

export interface StaffDialogData {
  schoolId: string;
  schoolName: string;
  /** An academy administrator may also add a director; a director adds teachers only. */
  mayAddDirector: boolean;
}

/**
 * "Ajouter un enseignant": a teacher (or a director) joins the school from the console, not from ONDE
 * (docs/product/brief.md). Closes with the new person and the activation code to hand them.
 */
@Component({
  selector: 'preau-staff-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'admin.staffDialog.title' | transloco: { school: data.schoolName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'admin.staffDialog.firstName' | transloco }}</mat-label>
          <input matInput formControlName="firstName" required maxlength="100" cdkFocusInitial autocomplete="off" />
          @if (form.controls.firstName.hasError('required')) {
            <mat-error>{{ 'admin.staffDialog.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.staffDialog.lastName' | transloco }}</mat-label>
          <input matInput formControlName="lastName" required maxlength="100" autocomplete="off" />
          @if (form.controls.lastName.hasError('required')) {
            <mat-error>{{ 'admin.staffDialog.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (data.mayAddDirector) {
          <div class="roles">
            <span id="staff-role-label" class="roles-label">{{ 'admin.staffDialog.role' | transloco }}</span>
            <mat-radio-group formControlName="role" aria-labelledby="staff-role-label">
              <mat-radio-button value="TEACHER">{{ 'admin.roles.TEACHER' | transloco }}</mat-radio-button>
              <mat-radio-button value="SCHOOL_ADMIN">{{ 'admin.roles.SCHOOL_ADMIN' | transloco }}</mat-radio-button>
            </mat-radio-group>
          </div>
        }
        <mat-form-field>
          <mat-label>{{ 'admin.staffDialog.email' | transloco }}</mat-label>
          <input matInput type="email" formControlName="email" maxlength="254" autocomplete="off" />
          <mat-hint>{{ 'admin.staffDialog.emailHint' | transloco }}</mat-hint>
          @if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'admin.staffDialog.emailFormat' | transloco }}</mat-error>
          }
        </mat-form-field>
        <div aria-live="polite">
          @if (error(); as key) {
            <p class="field-error" role="alert">{{ key | transloco }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'admin.staffDialog.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(440px, 80vw);
    }
    .roles {
      display: grid;
      gap: 4px;
      margin-bottom: 16px;
    }
    .roles-label {
      font: var(--mat-sys-label-large);
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffDialog {
  protected readonly data = inject<StaffDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<StaffDialog, CreatedStaffView>>(MatDialogRef);
  private readonly api = inject(AdminApi);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    role: ['TEACHER' as StaffRole],
    email: ['', [Validators.email]],
  });

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    if (this.form.invalid || !value.firstName.trim() || !value.lastName.trim()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(
        this.api.createStaff(this.data.schoolId, {
          firstName: value.firstName.trim(),
          lastName: value.lastName.trim(),
          role: this.data.mayAddDirector ? value.role : 'TEACHER',
          ...(value.email.trim() ? { email: value.email.trim() } : {}),
        }),
      );
      this.ref.close(created);
    } catch (error) {
      this.error.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}
