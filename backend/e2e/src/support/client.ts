import { DEMO_ACADEMY, DEMO_PASSWORD, type LoginResponse, type MediaItemView, type MeResponse } from '@preau/contracts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie, sends the CSRF token on state changes. */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: string | null; raw?: string; contentType?: string } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers['cookie'] = this.cookie;
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    if (body !== undefined || options.raw !== undefined)
      headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(login: string, password = DEMO_PASSWORD): Promise<Answer<LoginResponse>> {
    const answer = await this.post<LoginResponse>('/auth/login', { login, password });
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken;
    return answer;
  }
}

/** Logs a demo person in and returns the client with their /me. */
export async function as(baseUrl: string, login: string): Promise<ApiClient & { me: MeResponse }> {
  const client = new ApiClient(baseUrl);
  const answer = await client.login(login);
  if (answer.status !== 200) throw new Error(`login ${login}: ${answer.status} ${JSON.stringify(answer.body)}`);
  const me = await client.get<MeResponse>('/me');
  return Object.assign(client, { me: me.body });
}

export type DemoClient = ApiClient & { me: MeResponse };

/**
 * Every person of the demo academy logged in once (docs/product/demo-school.md): `who('ferry.direction')` is their
 * client. For specs that act as many people on one server.
 */
export async function demoAcademy(baseUrl: string): Promise<(login: string) => DemoClient> {
  const people = new Map<string, DemoClient>();
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(baseUrl, person.login));
  return (login) => {
    const client = people.get(login);
    if (!client) throw new Error(`No demo person ${login}`);
    return client;
  };
}

/** The shared media fixtures (camera photos, sound, video…). */
export const MEDIA_FIXTURES = resolve(__dirname, '../../../../../shared/fixtures/media');

/** Uploads a file of the media fixtures as this client (multipart, with its session and CSRF token). */
export async function uploadFixture(client: ApiClient, fixture: string, title?: string): Promise<Answer> {
  const form = new FormData();
  if (title) form.append('title', title);
  form.append(
    'file',
    new Blob([new Uint8Array(await readFile(resolve(MEDIA_FIXTURES, fixture)))]),
    fixture.split('/').pop(),
  );
  const response = await fetch(`${client.baseUrl}/api/v1/media`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '' },
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The item once processing has ended (ready or failed), polled as its owner sees it. */
export async function untilProcessed(client: ApiClient, id: string): Promise<MediaItemView> {
  for (let i = 0; i < 300; i++) {
    const answer = await client.get<MediaItemView>(`/media/${id}`);
    if (answer.body.status !== 'processing') return answer.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`media ${id} still processing after 60 s`);
}
