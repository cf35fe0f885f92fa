import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { SessionStore } from '../../shared/session/session-store';
import { LoginPage } from './login-page';
import { provideTestTransloco } from '../../../testing';

const refusal = (status: number, code: string, headers?: HttpHeaders) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: code, status, code }, headers });

describe('LoginPage', () => {
  const login = jest.fn();
  let navigateByUrl: jest.SpyInstance;

  async function render(returnUrl?: string) {
    TestBed.configureTestingModule({
      imports: [LoginPage, provideTestTransloco()],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: { login } },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(returnUrl ? { returnUrl } : {}) } },
        },
      ],
    });
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    };
    return { el, type, submit };
  }

  beforeEach(() => login.mockReset());

  it('logs in and goes to the page asked for', async () => {
    login.mockResolvedValue({});
    const { type, submit } = await render('/classes/c1');
    type('input[autocomplete=username]', ' lea.ce2a ');
    type('input[autocomplete=current-password]', 'preau-demo-2026');
    await submit();
    expect(login).toHaveBeenCalledWith({ login: 'lea.ce2a', password: 'preau-demo-2026' });
    expect(navigateByUrl).toHaveBeenCalledWith('/classes/c1');
  });

  it('never follows a return URL to another site', async () => {
    login.mockResolvedValue({});
    const { type, submit } = await render('//evil.example/');
    type('input[autocomplete=username]', 'lea.ce2a');
    type('input[autocomplete=current-password]', 'x');
    await submit();
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('says the login or password is wrong, in a live region, and empties the password', async () => {
    login.mockRejectedValue(refusal(401, 'INVALID_CREDENTIALS'));
    const { el, type, submit } = await render();
    type('input[autocomplete=username]', 'lea.ce2a');
    type('input[autocomplete=current-password]', 'wrong');
    await submit();
    const live = el.querySelector('[aria-live=assertive]') as HTMLElement;
    expect(live.textContent).toContain('Identifiant ou mot de passe incorrect.');
    expect((el.querySelector('input[autocomplete=current-password]') as HTMLInputElement).value).toBe('');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('says how long to wait after too many attempts', async () => {
    login.mockRejectedValue(refusal(429, 'RATE_LIMITED', new HttpHeaders({ 'Retry-After': '300' })));
    const { el, type, submit } = await render();
    type('input[autocomplete=username]', 'lea.ce2a');
    type('input[autocomplete=current-password]', 'wrong');
    await submit();
    expect(el.querySelector('[aria-live=assertive]')?.textContent).toContain('Réessayez dans 5 min.');
  });

  it('asks for both fields without calling the API', async () => {
    const { el, submit } = await render();
    await submit();
    expect(login).not.toHaveBeenCalled();
    expect(el.querySelector('[aria-live=assertive]')?.textContent).toContain(
      'Écrivez votre identifiant et votre mot de passe.',
    );
  });

  it('leads to the card login of the class tablet and to the account activation', async () => {
    const { el } = await render();
    const card = el.querySelector('a[href="/login/card"]');
    expect(card?.textContent).toContain('Je scanne ma carte');
    expect(el.querySelector('a[href="/activate"]')?.textContent).toContain("J'ai reçu un code d'activation");
  });
});
