import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { errorMessageKey, problemOf, retryAfterMinutes } from './problem';

const problem = (status: number, code: string, headers?: HttpHeaders) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 't', status, code }, headers });

describe('problem details', () => {
  it('reads the problem of an API error', () => {
    expect(problemOf(problem(401, 'INVALID_CREDENTIALS'))?.code).toBe('INVALID_CREDENTIALS');
    expect(problemOf(new HttpErrorResponse({ status: 502, error: '<html>' }))).toBeNull();
    expect(problemOf(new Error('x'))).toBeNull();
  });

  it('maps each stable code to its message', () => {
    expect(errorMessageKey(problem(401, 'INVALID_CREDENTIALS'))).toBe('errors.INVALID_CREDENTIALS');
    expect(errorMessageKey(problem(403, 'ACCOUNT_BLOCKED'))).toBe('errors.ACCOUNT_BLOCKED');
    expect(errorMessageKey(problem(403, 'MODULE_DISABLED'))).toBe('errors.MODULE_DISABLED');
  });

  it('falls back on the status for unknown codes and bodies, never the raw text', () => {
    expect(errorMessageKey(problem(403, 'SOMETHING_NEW'))).toBe('errors.FORBIDDEN');
    expect(errorMessageKey(new HttpErrorResponse({ status: 0 }))).toBe('errors.NETWORK');
    expect(errorMessageKey(new HttpErrorResponse({ status: 503, error: 'down' }))).toBe('errors.SERVICE_UNAVAILABLE');
    expect(errorMessageKey(new Error('boom'))).toBe('errors.UNKNOWN');
  });

  it('turns Retry-After seconds into whole minutes', () => {
    expect(retryAfterMinutes(problem(429, 'RATE_LIMITED', new HttpHeaders({ 'Retry-After': '61' })))).toBe(2);
    expect(retryAfterMinutes(problem(429, 'RATE_LIMITED', new HttpHeaders({ 'Retry-After': '5' })))).toBe(1);
    expect(retryAfterMinutes(problem(429, 'RATE_LIMITED'))).toBeNull();
  });
});
