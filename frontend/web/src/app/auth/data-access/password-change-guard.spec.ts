import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { SessionStore } from '../../shared/session/session-store';
import { authGuard, passwordChangeGuard } from './auth-guards';

describe('the forced password change in the guards', () => {
  const mustChange = signal(false);
  const ensureLoaded = jest.fn();

  function run(guard: typeof authGuard, url = '/classes/c1') {
    return TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;
  }

  const serialize = (result: boolean | UrlTree) =>
    typeof result === 'boolean' ? result : TestBed.inject(Router).serializeUrl(result);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: { ensureLoaded, mustChangePassword: mustChange } },
      ],
    });
    mustChange.set(false);
    ensureLoaded.mockReset().mockResolvedValue('authenticated');
  });

  it('lets a session in as before', async () => {
    expect(serialize(await run(authGuard))).toBe(true);
  });

  it('sends someone who must change their password to the page where they choose it, from anywhere', async () => {
    mustChange.set(true);
    expect(serialize(await run(authGuard))).toBe('/account/password');
    expect(serialize(await run(authGuard, '/'))).toBe('/account/password');
  });

  it('opens that page to a session only', async () => {
    mustChange.set(true);
    expect(serialize(await run(passwordChangeGuard))).toBe(true);
    ensureLoaded.mockResolvedValue('anonymous');
    expect(serialize(await run(passwordChangeGuard))).toBe('/login');
  });
});
