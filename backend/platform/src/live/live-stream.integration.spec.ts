import { type DynamicModule, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PassportStrategy } from '@nestjs/passport';
import { newId } from '@preau/kernel';
import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix, waitUntil } from '@preau/testing';
import type { FastifyRequest } from 'fastify';
import type IORedis from 'ioredis';
import { Strategy } from 'passport-custom';
import { get, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineContext } from '../contexts/context-descriptor';
import { type AuthenticatedUser, SESSION_STRATEGY } from '../auth/authenticated-user';
import { loadConfig, type PreauConfig } from '../config/config';
import { migrate } from '../database/orm-options';
import { registerSecurityHeaders } from '../http/security';
import { PlatformModule, REDIS } from '../platform.module';
import { LiveEvents } from './live-events';

jest.setTimeout(30_000);

/** Stands in for the identity context's session strategy: the caller is whoever X-Test-Person names. */
@Injectable()
class HeaderSessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  validate(request: FastifyRequest): AuthenticatedUser | false {
    const id = request.headers['x-test-person'];
    return typeof id === 'string'
      ? { id, login: 'someone', displayName: 'Someone', role: 'TEACHER', sessionId: 'session', csrfToken: 'csrf' }
      : false;
  }
}

/** A context of this test's own, that declares the live events the test appends. */
@Module({})
class LiveTestContextModule {}
const LIVE_TEST_CONTEXT = defineContext({
  name: 'live-test',
  module: LiveTestContextModule,
  migrations: [],
  events: [],
  liveEvents: ['message.received'],
});

@Module({})
class StreamTestModule {
  static register(config: PreauConfig): DynamicModule {
    return {
      module: StreamTestModule,
      imports: [PlatformModule.forApi(config, [LIVE_TEST_CONTEXT])],
      providers: [HeaderSessionStrategy],
    };
  }
}

/** An open event stream, read as it comes. */
interface Stream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received so far. */
  text(): string;
  /** The events received so far (comments and `retry` left out). */
  events(): { id: string; event: string; data: unknown }[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  abort(): void;
}

describe.each(['redis', 'postgres'] as const)('GET /api/v1/notifications/stream (live log on %s)', (mode) => {
  let app: NestFastifyApplication;
  let live: LiveEvents;
  let redis: IORedis | null;
  let base: string;
  let prefix: string;
  let closed = false;
  const streams: Stream[] = [];

  /** node:http with a connection of its own (fetch keeps spare connections, which hold a closing server up). */
  async function open(
    personId: string | null,
    options: { lastEventId?: string; query?: string } = {},
  ): Promise<Stream> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (personId) headers['x-test-person'] = personId;
    if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
    const url = `${base}/notifications/stream${options.query ? `?lastEventId=${encodeURIComponent(options.query)}` : ''}`;
    const request = get(url, { headers, agent: false });
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      request.once('response', resolve).once('error', reject),
    );
    let received = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (received += chunk));
    const ended = new Promise<void>((resolve) => {
      response.once('end', resolve);
      response.once('close', resolve);
      response.once('error', () => resolve());
    });
    const stream: Stream = {
      status: response.statusCode ?? 0,
      headers: response.headers,
      text: () => received,
      events: () =>
        received
          .split('\n\n')
          .slice(0, -1)
          .map((block) =>
            Object.fromEntries(
              block
                .split('\n')
                .filter((l) => /^(id|event|data): /.test(l))
                .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
            ),
          )
          .filter((e) => 'event' in e)
          .map((e) => ({ id: e['id'], event: e['event'], data: JSON.parse(e['data']) as unknown })),
      ended,
      abort: () => request.destroy(),
    };
    streams.push(stream);
    return stream;
  }
  const eventsOf = (stream: Stream, count: number) =>
    waitUntil(`${count} event(s) on the stream`, () => stream.events().length >= count && stream.events(), {
      timeoutMs: 8000,
      intervalMs: 20,
    });
  const message = (personId: string, n: number) => ({
    personId,
    type: 'message.received',
    data: { n, conversationId: 'c' },
    key: `m${n}:${personId}`,
  });

  beforeAll(async () => {
    const url = await createTestDatabase(`live_stream_${mode}`);
    await migrate(url);
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      PREAU_LOG_LEVEL: 'silent',
      PREAU_REDIS_PREFIX: (prefix = uniqueRedisPrefix('live-stream')),
    };
    if (mode === 'redis') env['REDIS_URL'] = TEST_REDIS_URL;
    const config = loadConfig(env);
    config.live.heartbeatMs = 150;
    // The resume test below holds four streams of one person at once.
    config.live.streamsPerPerson = 4;
    app = await NestFactory.create<NestFastifyApplication>(StreamTestModule.register(config), new FastifyAdapter(), {
      logger: false,
    });
    app.setGlobalPrefix('api/v1');
    await registerSecurityHeaders(app.getHttpAdapter().getInstance() as never);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api/v1`;
    live = app.get(LiveEvents);
    redis = app.get<IORedis | null>(REDIS);
  });

  afterAll(async () => {
    streams.forEach((s) => s.abort());
    if (!closed) await app?.close();
    if (redis) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('answers 401 problem details without a session', async () => {
    const response = await fetch(`${base}/notifications/stream`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a person one stream more than the limit with 429 problem details, and takes one again once a stream closes', async () => {
    const [ann, bob] = [newId(), newId()];
    const four = [await open(ann), await open(ann), await open(ann), await open(ann)];
    await Promise.all(four.map((s) => eventsOf(s, 1)));
    const refused = await fetch(`${base}/notifications/stream`, { headers: { 'x-test-person': ann } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', limit: 4 });
    expect(live.subscriberCountOf(ann)).toBe(4);
    // Someone else is not counted with her.
    const other = await open(bob);
    expect(other.status).toBe(200);

    four[0].abort();
    await waitUntil('her first stream to end', () => live.subscriberCountOf(ann) === 3);
    const again = await open(ann);
    expect(again.status).toBe(200);
    expect((await eventsOf(again, 1))[0].event).toBe('ready');
    [...four, other, again].forEach((s) => s.abort());
    await waitUntil('the subscriptions to end', () => live.subscriberCount === 0);
  });

  it('streams the person’s events as they come, with the SSE headers, a retry delay, `ready` and heartbeats', async () => {
    const [ann, bob] = [newId(), newId()];
    const stream = await open(ann);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.headers['x-accel-buffering']).toBe('no');
    // Headers set by the hooks survive the hand-written reply.
    expect(stream.headers['x-content-type-options']).toBe('nosniff');
    const [ready] = await eventsOf(stream, 1);
    expect(ready).toEqual({ id: expect.any(String), event: 'ready', data: {} });
    expect(stream.text().startsWith('retry: 3000\n\n')).toBe(true);
    await waitUntil('a heartbeat', () => stream.text().includes('\n\n: hb\n\n'), { timeoutMs: 3000, intervalMs: 20 });

    await live.append([message(bob, 1), message(ann, 2)]);
    const [, event] = await eventsOf(stream, 2);
    expect(event).toEqual({ id: expect.any(String), event: 'message.received', data: { n: 2, conversationId: 'c' } });
    expect(stream.text()).toContain(`id: ${event.id}\nevent: message.received\ndata: {"n":2,"conversationId":"c"}\n\n`);

    // The browser goes away: the subscription goes with it.
    stream.abort();
    await waitUntil('the subscription to end', () => live.subscriberCount === 0);
  });

  it('resumes after Last-Event-ID (header, or the lastEventId parameter of a first connection), then says `ready`', async () => {
    const person = newId();
    const first = await open(person);
    await eventsOf(first, 1);
    await live.append([1, 2, 3].map((n) => message(person, n)));
    const [, one, two, three] = await eventsOf(first, 4);
    first.abort();
    await waitUntil('the subscription to end', () => live.subscriberCount === 0);
    await live.append([message(person, 4), message(person, 3)]);

    const byHeader = await open(person, { lastEventId: one.id });
    const resumed = await eventsOf(byHeader, 4);
    expect(resumed.map((e) => e.event)).toEqual(['message.received', 'message.received', 'message.received', 'ready']);
    expect(resumed.slice(0, 3).map((e) => (e.data as { n: number }).n)).toEqual([2, 3, 4]);
    expect(resumed[3].id).toBe(resumed[2].id);
    const byQuery = await open(person, { query: two.id });
    expect((await eventsOf(byQuery, 3)).map((e) => (e.data as { n?: number }).n)).toEqual([3, 4, undefined]);
    // The header (what EventSource sends when it reconnects) wins over the URL it reconnects to.
    const both = await open(person, { lastEventId: three.id, query: one.id });
    expect((await eventsOf(both, 2)).map((e) => (e.data as { n?: number }).n)).toEqual([4, undefined]);
    const lost = await open(person, { lastEventId: 'no-such-id' });
    const [resync, lostReady] = await eventsOf(lost, 2);
    expect([resync, lostReady]).toEqual([
      { id: expect.any(String), event: 'resync', data: {} },
      { id: resync.id, event: 'ready', data: {} },
    ]);

    await new Promise((r) => setTimeout(r, 300));
    expect(byHeader.events()).toHaveLength(4);
    expect(byQuery.events()).toHaveLength(3);
    [byHeader, byQuery, both, lost].forEach((s) => s.abort());
    await waitUntil('the subscriptions to end', () => live.subscriberCount === 0);
  });

  it('lets a stream that had no event yet resume from its `ready` position', async () => {
    const person = newId();
    const quiet = await open(person);
    const [ready] = await eventsOf(quiet, 1);
    quiet.abort();
    await waitUntil('the subscription to end', () => live.subscriberCount === 0);
    // Sent while the browser was away, before it saw any event.
    await live.append([message(person, 1)]);

    const again = await open(person, { lastEventId: ready.id });
    expect((await eventsOf(again, 2)).map((e) => [e.event, (e.data as { n?: number }).n])).toEqual([
      ['message.received', 1],
      ['ready', undefined],
    ]);
    again.abort();
    await waitUntil('the subscription to end', () => live.subscriberCount === 0);
  });

  it('ends open streams when the application closes, instead of hanging', async () => {
    const stream = await open(newId());
    await eventsOf(stream, 1);
    expect(live.subscriberCount).toBe(1);
    // Without it, the open response would hold app.close() until the test's own timeout.
    await app.close();
    closed = true;
    await stream.ended;
    expect(stream.text().startsWith('retry: 3000')).toBe(true);
  });
});
