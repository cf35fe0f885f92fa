import { ApiClient } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

let preau: PreauServer;
beforeAll(async () => {
  preau = await startPreau('http');
});
afterAll(() => preau?.stop());

describe('the HTTP platform', () => {
  it('GET /health checks the database, Redis and the queue', async () => {
    const answer = await new ApiClient(preau.baseUrl).get('/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', mode: { database: 'external', queue: 'redis' }, checks: { database: 'up', redis: 'up', queue: 'up' } });
  });

  it('serves the OpenAPI document with the routes of the contract', async () => {
    const doc = await fetch(`${preau.baseUrl}/api/docs-json`).then((r) => r.json());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/classes/{classId}', '/api/v1/classes/{classId}/modules']));
    expect((await fetch(`${preau.baseUrl}/api/docs`)).status).toBe(200);
  });

  it('answers an unknown API route with problem details', async () => {
    const answer = await new ApiClient(preau.baseUrl).get('/no-such-route');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not Found' });
  });

  it('refuses a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await new ApiClient(preau.baseUrl).request('POST', '/auth/login', undefined, { raw: JSON.stringify({ login: 'x', password: 'y'.repeat(2 * 1024 * 1024) }) });
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers: CSP without inline scripts nor outside hosts, nosniff, no framing, a request id', async () => {
    const response = await fetch(`${preau.baseUrl}/api/v1/health`, { headers: { 'x-request-id': 'trace-me-42' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toBe('trace-me-42');
  });
});
