import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorCodes } from '@preau/contracts';
import { ApiError, problem, PROBLEM_CONTENT_TYPE, RATE_LIMITS, type PreauConfig, type RateLimits, registerSecurityHeaders, RequestMetaStore, SESSION_COOKIE } from '@preau/platform';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT = 1024 * 1024;
/**
 * Rich text (an article's body) is limited once sanitised (1 MiB, a domain rule answering 400); the markup sent
 * may weigh more before cleaning, so its routes accept up to 4 MiB of JSON.
 */
const RICH_TEXT_BODY_LIMIT = 4 * 1024 * 1024;
const RICH_TEXT_ROUTES = [/\/blog\/articles$/, /\/blog\/articles\/:id$/];
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Where the built web app is: PREAU_WEB_DIR, or the workspace build output. */
function webRoot(config: PreauConfig): string | null {
  const candidates = [config.webDir, join(process.cwd(), 'dist/frontend/web/browser'), join(__dirname, '../../frontend/web/browser')].filter(
    (d): d is string => !!d,
  );
  return candidates.map((d) => resolve(d)).find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

/** Builds the HTTP process: Fastify, security headers, cookies, limits, the API under /api/v1, OpenAPI, the web app. */
export async function createApp(config: PreauConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    // Signed file links travel as one path parameter, longer than Fastify's default of 100 characters.
    maxParamLength: 500,
    // A caller's (or the load balancer's) request id is kept when sane, so one id follows a request through the logs.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.setGlobalPrefix(API_PREFIX);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method);
    if (RICH_TEXT_ROUTES.some((r) => r.test(route.url)) && methods.some((m) => m === 'POST' || m === 'PATCH')) route.bodyLimit = RICH_TEXT_BODY_LIMIT;
  });

  // Who acts and from where, for the audit trail: bound to the whole request lifecycle.
  fastify.addHook('onRequest', (request, reply, done) => {
    (request.raw as { id?: unknown }).id = request.id;
    reply.header('x-request-id', request.id);
    RequestMetaStore.run({ requestId: String(request.id), actorId: null, origin: request.ip ?? null }, done);
  });
  // One generous limit per session (or per address before login), shared by all API processes.
  const limits = app.get<RateLimits>(RATE_LIMITS);
  fastify.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(`/${API_PREFIX}/`)) return;
    const token = request.headers.cookie?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
    const key = token ? `s:${createHash('sha256').update(token).digest('hex')}` : `a:${request.ip}`;
    await limits.consume(limits.requests, key);
  });
  await app.register(cookie);
  // Uploads are streamed part by part (never buffered); the media context sets the per-request limits.
  await app.register(multipart, { limits: { fileSize: config.media.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 } });
  await registerSecurityHeaders(fastify as never);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Préau API')
      .setDescription('The public HTTP API v1 of Préau (see docs/product/api-conventions.md). Errors are RFC 9457 problem details with a stable code.')
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  const root = webRoot(config);
  if (root) await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], maxAge: '1h' });
  // Any other GET path is the web app's (client-side routing); unknown API routes answer problem details.
  if (root) {
    fastify.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) {
        reply.status(404).header('content-type', PROBLEM_CONTENT_TYPE).send(problem(404, ErrorCodes.NOT_FOUND, 'No such resource.'));
        return;
      }
      reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  // Errors raised by Fastify itself (malformed JSON, body too large, rate limit hook) as problem details.
  fastify.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof ApiError) {
      reply.status(error.getStatus()).headers({ ...error.headers, 'content-type': PROBLEM_CONTENT_TYPE }).send(problem(error.getStatus(), error.code, error.message, error.extensions));
      return;
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const code = status === 413 ? ErrorCodes.PAYLOAD_TOO_LARGE : status === 415 ? ErrorCodes.UNSUPPORTED_MEDIA_TYPE : status === 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.VALIDATION_FAILED;
    if (status === 500) logger.error(`unhandled error on ${request.method} ${request.url} (${request.id}): ${error.stack ?? error.message}`);
    reply.status(status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem(status, code, status === 500 ? 'Something went wrong on our side.' : error.message));
  });
  await app.init();
  return app;
}
