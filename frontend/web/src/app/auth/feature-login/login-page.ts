import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey, retryAfterMinutes } from '../../shared/http/problem';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { safeReturnUrl } from '../data-access/auth-guards';
import { SessionStore } from '../../shared/session/session-store';

@Component({
  selector: 'preau-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    LanguageSwitch,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly loginInput = viewChild.required<ElementRef<HTMLInputElement>>('loginInput');

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', [Validators.required, Validators.maxLength(100)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<{ key: string; minutes: number | null } | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'login.missingFields', minutes: null });
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { login, password } = this.form.getRawValue();
      await this.session.login({ login: login.trim(), password });
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
    } catch (error) {
      this.error.set({ key: errorMessageKey(error), minutes: retryAfterMinutes(error) });
      this.form.controls.password.reset();
      this.loginInput().nativeElement.focus();
    } finally {
      this.submitting.set(false);
    }
  }
}
