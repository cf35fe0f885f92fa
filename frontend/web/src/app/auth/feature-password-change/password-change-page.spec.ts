import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '../../shared/session/session-store';
import { fakeSession, profile, setUpComponentTest, settle, text } from '../../../testing';
import { PasswordChangePage } from './password-change-page';

const PASSWORD = '/api/v1/auth/password';

describe('PasswordChangePage', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;
  const setMustChangePassword = jest.fn();
  const logout = jest.fn();

  async function render() {
    const session = {
      ...fakeSession(profile('TEACHER', { mustChangePassword: true })),
      mustChangePassword: () => true,
      setMustChangePassword,
      logout,
    };
    setUpComponentTest({
      imports: [PasswordChangePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: session },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(PasswordChangePage);
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    const type = async (name: string, value: string) => {
      const input = el.querySelector(`input[name=${name}]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(1);
    };
    const fill = async (current: string, next: string, confirm = next) => {
      await type('current-password', current);
      await type('new-password', next);
      await type('confirm-password', confirm);
    };
    const click = async (selector: string) => {
      (el.querySelector(selector) as HTMLButtonElement).click();
      await settle();
    };
    return { el, fill, click };
  }

  beforeEach(() => {
    setMustChangePassword.mockReset();
    logout.mockReset().mockResolvedValue(undefined);
  });
  afterEach(() => backend.verify());

  it('says why a new password is needed', async () => {
    const { el } = await render();
    expect(text(el.querySelector('h1'))).toBe('Choisissez un nouveau mot de passe');
    expect(text(el)).toContain('Votre mot de passe a été réinitialisé.');
  });

  it('changes the password, forgets the obligation and continues home', async () => {
    const { fill, click } = await render();
    await fill('temporaire-1', 'mon-nouveau-secret');
    await click('button[type=submit]');
    const req = backend.expectOne(PASSWORD);
    expect(req.request.body).toEqual({ currentPassword: 'temporaire-1', newPassword: 'mon-nouveau-secret' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(setMustChangePassword).toHaveBeenCalledWith(false);
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('says when the current password is wrong', async () => {
    const { el, fill, click } = await render();
    await fill('faux', 'mon-nouveau-secret');
    await click('button[type=submit]');
    backend.expectOne(PASSWORD).flush(
      {
        type: 'about:blank',
        title: 'x',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[aria-live=assertive] span'))).toBe("Le mot de passe actuel n'est pas le bon.");
    expect(setMustChangePassword).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('refuses a short password or a confirmation that differs without calling the API', async () => {
    const { el, fill, click } = await render();
    await fill('temporaire-1', 'court', 'autre');
    await click('button[type=submit]');
    backend.expectNone(PASSWORD);
    expect(text(el)).toContain('Au moins 10 caractères.');
    expect(text(el)).toContain('Les deux mots de passe ne sont pas les mêmes.');
  });

  it('lets the person leave only by logging out', async () => {
    const { el, click } = await render();
    expect(el.querySelector('a')).toBeNull();
    await click('button.logout');
    expect(logout).toHaveBeenCalled();
    expect(navigateByUrl).toHaveBeenCalledWith('/login');
  });
});
