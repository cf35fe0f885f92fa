import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { SessionStore } from '../../shared/session/session-store';
import { setUpComponentTest, settle, text } from '../../../testing';
import { formatActivationCode } from '../data-access/account-api';
import { ActivationPage } from './activation-page';

const ACTIVATE = '/api/v1/auth/activate';
const answer = {
  user: { id: 'u1', login: 'marie.durand', displayName: 'Marie Durand', role: 'PARENT' },
  csrfToken: 't',
};

describe('formatActivationCode', () => {
  it('writes a code as printed, whatever the spaces, dashes and case', () => {
    expect(formatActivationCode('abcd efgh jkmn')).toBe('ABCD-EFGH-JKMN');
    expect(formatActivationCode('ABCD-EFGH-JKMN')).toBe('ABCD-EFGH-JKMN');
    expect(formatActivationCode('abcdefg')).toBe('ABCD-EFG');
    expect(formatActivationCode(' abcd-efgh-jkmn-extra ')).toBe('ABCD-EFGH-JKMN');
  });
});

describe('ActivationPage', () => {
  const adopt = jest.fn();
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  async function render(code?: string) {
    setUpComponentTest({
      imports: [ActivationPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { adopt } },
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(code ? { code } : {}) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ActivationPage);
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    const type = async (name: string, value: string) => {
      const input = el.querySelector(`input[name=${name}]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(1);
    };
    const fill = async (code: string, password = 'un-long-secret', email = '') => {
      await type('activation-code', code);
      await type('new-password', password);
      await type('confirm-password', password);
      if (email) await type('email', email);
    };
    const submit = async () => {
      (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await settle();
    };
    const alert = () => text(el.querySelector('[aria-live=assertive] span'));
    return { el, type, fill, submit, alert };
  }

  beforeEach(() => adopt.mockReset().mockResolvedValue({}));
  afterEach(() => backend.verify());

  it('activates the account with the code as typed, logs in and goes home', async () => {
    const { el, fill, submit } = await render();
    await fill('abcd efgh jkmn', 'un-long-secret', 'marie@example.org');
    expect((el.querySelector('input[name=activation-code]') as HTMLInputElement).value).toBe('ABCD-EFGH-JKMN');
    await submit();
    const req = backend.expectOne(ACTIVATE);
    expect(req.request.body).toEqual({
      code: 'ABCD-EFGH-JKMN',
      password: 'un-long-secret',
      email: 'marie@example.org',
    });
    req.flush(answer);
    await settle();
    expect(adopt).toHaveBeenCalledWith(answer);
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('fills the code from the letter link and leaves the e-mail out when none is given', async () => {
    const { el, type, submit } = await render('abcd-efgh-jkmn');
    expect((el.querySelector('input[name=activation-code]') as HTMLInputElement).value).toBe('ABCD-EFGH-JKMN');
    await type('new-password', 'un-long-secret');
    await type('confirm-password', 'un-long-secret');
    await submit();
    const req = backend.expectOne(ACTIVATE);
    expect(req.request.body).toEqual({ code: 'ABCD-EFGH-JKMN', password: 'un-long-secret' });
    req.flush(answer);
    await settle();
  });

  it('hints at the password strength, as the server counts it (10 characters at least)', async () => {
    const { el, type } = await render();
    const hint = () => text(el.querySelector('.strength'));
    expect(hint()).toContain('Au moins 10 caractères');
    await type('new-password', 'court');
    expect(hint()).toBe('Trop court : au moins 10 caractères.');
    await type('new-password', 'assez-long');
    expect(hint()).toBe('Correct. Plus long, ce serait mieux.');
    await type('new-password', 'Une phrase de 2 mots');
    expect(hint()).toBe('Bon mot de passe.');
  });

  it('checks the fields before calling the API: a short password, two different ones', async () => {
    const { el, type, submit, alert } = await render();
    await type('activation-code', 'abcd efgh jkmn');
    await type('new-password', 'court');
    await type('confirm-password', 'autre');
    await submit();
    backend.expectNone(ACTIVATE);
    expect(alert()).toBe('Vérifiez les champs signalés.');
    expect(text(el)).toContain('Au moins 10 caractères.');
    expect(text(el)).toContain('Les deux mots de passe ne sont pas les mêmes.');
  });

  it.each([
    [400, 'ACTIVATION_CODE_INVALID', "Ce code ne marche pas. Vérifiez-le sur la lettre de l'école."],
    [410, 'ACTIVATION_CODE_EXPIRED', "Ce code a expiré. Demandez un nouveau code à la direction de l'école."],
    [429, 'RATE_LIMITED', "Trop d'essais. Réessayez dans 2 min."],
  ])('says what went wrong on %s %s', async (status, code, message) => {
    const { el, fill, submit, alert } = await render();
    await fill('abcd efgh jkmn');
    await submit();
    backend
      .expectOne(ACTIVATE)
      .flush(
        { type: 'about:blank', title: code, status, code },
        { status, statusText: 'x', headers: { 'Retry-After': '90' } },
      );
    await settle();
    expect(alert()).toBe(message);
    expect(adopt).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(el.querySelector('input[name=activation-code]'));
  });

  it('leads back to the login form', async () => {
    const { el } = await render();
    expect(el.querySelector('a[href="/login"]')).not.toBeNull();
  });
});
