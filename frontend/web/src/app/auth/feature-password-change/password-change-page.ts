import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey, problemOf, retryAfterMinutes } from '../../shared/http/problem';
import { SessionStore } from '../../shared/session/session-store';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { AccountApi, MIN_PASSWORD_LENGTH, passwordStrength } from '../data-access/account-api';

/** The confirmation of a password: the same as its sibling `field`. */
function sameAs(field: string) {
  return (control: AbstractControl): ValidationErrors | null =>
    control.value && control.value !== control.parent?.get(field)?.value ? { mismatch: true } : null;
}

/**
 * "Choisissez un nouveau mot de passe": after an administrator's reset the person must choose one before anything
 * else (the guards and the interceptor bring them here; they leave by changing it or by logging out). Anyone
 * logged in may also come here to change theirs.
 */
@Component({
  selector: 'preau-password-change-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    LanguageSwitch,
  ],
  templateUrl: './password-change-page.html',
  styleUrl: '../feature-login/login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordChangePage {
  private readonly api = inject(AccountApi);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly currentInput = viewChild.required<ElementRef<HTMLInputElement>>('currentInput');

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required, Validators.maxLength(200)]],
    newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)]],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  private readonly newPassword = toSignal(this.form.controls.newPassword.valueChanges, { initialValue: '' });
  protected readonly strength = computed(() => passwordStrength(this.newPassword()));
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<{ key: string; minutes: number | null } | null>(null);

  constructor() {
    this.form.controls.newPassword.valueChanges.subscribe(() => this.form.controls.confirm.updateValueAndValidity());
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'passwordChange.missingFields', minutes: null });
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.session.setMustChangePassword(false);
      await this.router.navigateByUrl('/');
    } catch (error) {
      const problem = problemOf(error);
      const wrongCurrent = problem?.errors?.some((e) => e.field === 'currentPassword');
      this.error.set({
        key: wrongCurrent
          ? 'passwordChange.wrongCurrent'
          : problem?.code === 'VALIDATION_FAILED'
            ? 'passwordChange.refused'
            : errorMessageKey(error),
        minutes: retryAfterMinutes(error),
      });
      this.form.controls.currentPassword.reset();
      this.currentInput().nativeElement.focus();
    } finally {
      this.submitting.set(false);
    }
  }

  protected async logout(): Promise<void> {
    await this.session.logout().catch(() => undefined);
    await this.router.navigateByUrl('/login');
  }
}
