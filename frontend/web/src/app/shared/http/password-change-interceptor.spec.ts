import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { SessionStore } from '../session/session-store';
import { passwordChangeInterceptor } from './password-change-interceptor';

describe('passwordChangeInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const setMustChangePassword = jest.fn();
  const navigateByUrl = jest.fn().mockResolvedValue(true);
  const router = { url: '/classes/c1', navigateByUrl };

  beforeEach(() => {
    setMustChangePassword.mockReset();
    navigateByUrl.mockClear();
    router.url = '/classes/c1';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([passwordChangeInterceptor])),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { setMustChangePassword } },
        { provide: Router, useValue: router },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function fail(url: string, status: number, code: string): jest.Mock {
    const error = jest.fn();
    http.get(url).subscribe({ error });
    backend.expectOne(url).flush({ type: 'about:blank', title: code, status, code }, { status, statusText: 'x' });
    return error;
  }

  it('notes that the password must change and goes to the page where it is chosen', () => {
    const error = fail('/api/v1/classes/c1', 403, 'PASSWORD_CHANGE_REQUIRED');
    expect(setMustChangePassword).toHaveBeenCalledWith(true);
    expect(navigateByUrl).toHaveBeenCalledWith('/account/password');
    expect(error).toHaveBeenCalled();
  });

  it('stays on that page when already there', () => {
    router.url = '/account/password';
    fail('/api/v1/me', 403, 'PASSWORD_CHANGE_REQUIRED');
    expect(setMustChangePassword).toHaveBeenCalledWith(true);
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('leaves other refusals alone', () => {
    fail('/api/v1/classes/c1', 403, 'FORBIDDEN');
    fail('/api/v1/classes/c1', 401, 'PASSWORD_CHANGE_REQUIRED');
    expect(setMustChangePassword).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
