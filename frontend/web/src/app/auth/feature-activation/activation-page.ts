import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  OnInit,
  inject,
  signal,
  viewChild,
} from '@angular/core';
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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey, problemOf, retryAfterMinutes } from '../../shared/http/problem';
import { SessionStore } from '../../shared/session/session-store';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { AccountApi, MIN_PASSWORD_LENGTH, formatActivationCode, passwordStrength } from '../data-access/account-api';

/** The codes of POST /auth/activate, each with its own words (issue 11). */
const ACTIVATION_ERRORS: Record<string, string> = {
  ACTIVATION_CODE_INVALID: 'activation.errors.invalid',
  ACTIVATION_CODE_EXPIRED: 'activation.errors.expired',
  VALIDATION_FAILED: 'activation.errors.validation',
};

/** The confirmation of a password: the same as its sibling `field`. */
function sameAs(field: string) {
  return (control: AbstractControl): ValidationErrors | null =>
    control.value && control.value !== control.parent?.get(field)?.value ? { mismatch: true } : null;
}

/**
 * A parent (or a teacher, a director) opens the account with the activation code of their letter, chooses a
 * password and may give an e-mail address; then they are logged in (docs/product/brief.md, administration).
 */
@Component({
  selector: 'preau-activation-page',
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
  templateUrl: './activation-page.html',
  styleUrl: '../feature-login/login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivationPage implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)]],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)]],
    confirm: ['', [Validators.required, sameAs('password')]],
    email: ['', [Validators.email, Validators.maxLength(200)]],
  });
  private readonly password = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly strength = computed(() => passwordStrength(this.password()));
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<{ key: string; minutes: number | null } | null>(null);

  ngOnInit(): void {
    const code = this.route.snapshot.queryParamMap.get('code');
    if (code) this.form.controls.code.setValue(formatActivationCode(code));
    this.form.controls.password.valueChanges.subscribe(() => this.form.controls.confirm.updateValueAndValidity());
  }

  /** Upper case and dashes as one types: "abcd efgh" becomes "ABCD-EFGH". */
  protected formatCode(): void {
    const control = this.form.controls.code;
    const formatted = formatActivationCode(control.value);
    if (formatted !== control.value) control.setValue(formatted);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.formatCode();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'activation.missingFields', minutes: null });
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { code, password, email } = this.form.getRawValue();
      const answer = await firstValueFrom(
        this.api.activate({ code, password, ...(email.trim() ? { email: email.trim() } : {}) }),
      );
      await this.session.adopt(answer);
      await this.router.navigateByUrl('/');
    } catch (error) {
      const code = problemOf(error)?.code;
      this.error.set({
        key: (code && ACTIVATION_ERRORS[code]) || errorMessageKey(error),
        minutes: retryAfterMinutes(error),
      });
      this.codeInput().nativeElement.focus();
    } finally {
      this.submitting.set(false);
    }
  }
}
