import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCodes, IsSessionActiveQuery } from '@preau/contracts';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { Bus } from '../bus/bus';
import { PREAU_CONFIG, type PreauConfig } from '../config/config';
import { ApiError } from '../http/problem-details.filter';
import { LiveEvents, type LiveSubscription } from './live-events';
import { READY_EVENT } from './live-log';

/** Past this much unsent output the client is too slow: the stream ends, and it resumes from what it received. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const MAX_ID_LENGTH = 64;
/** What a refused stream is told to wait: a tab closed meanwhile frees its place. */
const FULL_RETRY_AFTER_SECONDS = 30;

function lastEventIdOf(request: FastifyRequest): string | null {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.['lastEventId'];
  // EventSource sends the header when it reconnects; the first connection can only use the query.
  const value = typeof header === 'string' && header.trim() !== '' ? header.trim() : typeof query === 'string' && query.trim() !== '' ? query.trim() : null;
  // An absurd id is as good as a malformed one: the log answers `resync`.
  return value === null ? null : value.slice(0, MAX_ID_LENGTH);
}

/**
 * The signed-in person's live events as server-sent events: `retry`, then (when the given position is lost)
 * `resync`, the events missed since Last-Event-ID, `ready`, and live events as they come, with a heartbeat comment.
 * The reply is written by hand (hijacked): Nest's @Sse neither reads Last-Event-ID nor ends open streams on
 * shutdown. Shutdown closes LiveEvents, which ends every stream.
 */
@ApiTags('notifications')
@Controller('notifications')
export class LiveStreamController {
  constructor(
    private readonly live: LiveEvents,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
    private readonly bus: Bus,
  ) {}

  @Get('stream')
  @ApiOperation({ summary: 'Live events of the signed-in person (text/event-stream); resumes after Last-Event-ID, or `resync` first when it cannot' })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false })
  @ApiQuery({ name: 'lastEventId', required: false, description: 'For the first connection, when the header cannot be set' })
  stream(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    // Each open stream holds a socket and a subscription: one account (a hijacked one above all) may not pile them up.
    // Counted per process, checked and taken in the same tick (subscribe below is synchronous).
    if (this.live.subscriberCountOf(user.id) >= this.config.live.streamsPerPerson) {
      throw new ApiError(
        ErrorCodes.RATE_LIMITED,
        `This account already has ${this.config.live.streamsPerPerson} live streams open; close a tab or try again later.`,
        { retryAfter: FULL_RETRY_AFTER_SECONDS, limit: this.config.live.streamsPerPerson },
        { 'retry-after': String(FULL_RETRY_AFTER_SECONDS) },
      );
    }
    const lastEventId = lastEventIdOf(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      // Headers the hooks set on the reply (security headers, request id) are not sent by a hijacked reply.
      ...(reply.getHeaders() as Record<string, string | string[]>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    request.raw.socket?.setNoDelay(true);
    res.write('retry: 3000\n\n');

    let subscription: LiveSubscription | null = null;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(heartbeat);
      subscription?.close();
      if (!res.writableEnded) res.end();
    };
    const write = (chunk: string) => {
      if (finished || res.writableEnded || res.destroyed) return;
      res.write(chunk);
      if (res.writableLength > MAX_BUFFERED_BYTES) finish();
    };
    // Each heartbeat asks whether the session still stands: a log-out, a blocked account or an expired session
    // ends the stream within one heartbeat (a hijacked account, once blocked, hears nothing more).
    const heartbeat = setInterval(() => {
      write(': hb\n\n');
      this.bus.query<boolean>(new IsSessionActiveQuery(user.sessionId)).then(
        (active) => active || finish(),
        () => undefined,
      );
    }, this.config.live.heartbeatMs);
    res.on('close', finish);
    subscription = this.live.subscribe(user.id, lastEventId, {
      event: (event) => write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`),
      end: finish,
    });
    if (finished) subscription.close();
    const live = subscription;
    // Once caught up: `ready` with the position, so that a reconnection before any event still resumes from here, and
    // a client that fetches its counts on `ready` misses nothing between that fetch and the stream.
    void live.ready.then(() => {
      if (live.position !== null) write(`id: ${live.position}\nevent: ${READY_EVENT}\ndata: {}\n\n`);
    });
  }
}
