import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '../session/session-store';
import { csrfInterceptor } from './csrf-interceptor';

describe('csrfInterceptor', () => {
  const token = signal<string | null>('token-123');
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    token.set('token-123');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([csrfInterceptor])),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { csrfToken: token } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('sends the token on %s to the API', (method) => {
    http.request(method, '/api/v1/classes/c1/modules', { body: {} }).subscribe();
    const req = backend.expectOne('/api/v1/classes/c1/modules');
    expect(req.request.headers.get('X-CSRF-Token')).toBe('token-123');
    req.flush({});
  });

  it('sends the current token, not the one of the first call', () => {
    token.set('renewed');
    http.post('/api/v1/auth/logout', null).subscribe();
    const req = backend.expectOne('/api/v1/auth/logout');
    expect(req.request.headers.get('X-CSRF-Token')).toBe('renewed');
    req.flush(null);
  });

  it('does not send it on GET', () => {
    http.get('/api/v1/me').subscribe();
    const req = backend.expectOne('/api/v1/me');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    req.flush({});
  });

  it('does not send it on login, which has no session yet', () => {
    http.post('/api/v1/auth/login', { login: 'a', password: 'b' }).subscribe();
    const req = backend.expectOne('/api/v1/auth/login');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    req.flush({});
  });

  it('never sends it to another origin', () => {
    http.post('https://elsewhere.example/api/v1/x', {}).subscribe();
    const req = backend.expectOne('https://elsewhere.example/api/v1/x');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    req.flush({});
  });

  it('sends nothing when there is no token', () => {
    token.set(null);
    http.post('/api/v1/auth/logout', null).subscribe();
    const req = backend.expectOne('/api/v1/auth/logout');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    req.flush(null);
  });
});
