import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { SessionStore } from '../session/session-store';
import { unauthorizedInterceptor } from './unauthorized-interceptor';

describe('unauthorizedInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const clear = jest.fn();
  const navigate = jest.fn().mockResolvedValue(true);
  const router = { url: '/classes/c1/settings', navigate };

  beforeEach(() => {
    clear.mockReset();
    navigate.mockClear();
    router.url = '/classes/c1/settings';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { clear } },
        { provide: Router, useValue: router },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  function fail(url: string, status: number): jest.Mock {
    const error = jest.fn();
    http.get(url).subscribe({ error });
    backend.expectOne(url).flush({ code: 'UNAUTHENTICATED' }, { status, statusText: 'x' });
    return error;
  }

  it('forgets the session and asks to log in, keeping the wanted URL', () => {
    const error = fail('/api/v1/classes/c1', 401);
    expect(clear).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/classes/c1/settings' } });
    expect(error).toHaveBeenCalled();
  });

  it('leaves the 401 of GET /me to the guards and the one of login to the form', () => {
    fail('/api/v1/me', 401);
    http.post('/api/v1/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush({}, { status: 401, statusText: 'x' });
    expect(clear).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does nothing on other errors', () => {
    fail('/api/v1/classes/c1', 403);
    expect(navigate).not.toHaveBeenCalled();
  });
});
