import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager } from '@mikro-orm/postgresql';
import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { PassportModule } from '@nestjs/passport';
import { CLOCK, systemClock } from '@preau/kernel';
import IORedis from 'ioredis';
import { ZodValidationPipe } from 'nestjs-zod';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BusClassAccess } from './access/bus-class-access';
import { CLASS_ACCESS } from './access/class-access';
import { AuditEntrySchema } from './audit/audit-entry';
import { SessionGuard } from './auth/session.guard';
import { Bus } from './bus/bus';
import type { ContextDescriptor } from './contexts/context-descriptor';
import { ContextRegistry } from './contexts/context-registry';
import { ResourceReaders } from './contexts/resource-readers';
import { PREAU_CONFIG, type PreauConfig } from './config/config';
import { ormOptions } from './database/orm-options';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LiveEvents } from './live/live-events';
import { LiveStreamController } from './live/live-stream.controller';
import { PostgresLiveLog } from './live/postgres-live-log';
import { RedisLiveLog } from './live/redis-live-log';
import { OutboxMessageSchema } from './outbox/outbox-message';
import { Outbox } from './outbox/outbox';
import { Queues } from './queue/queues';
import { RATE_LIMITS, RateLimits } from './rate-limit/rate-limits';

export const REDIS = Symbol('Redis');
export const QUEUES = Symbol('Queues');

/**
 * Plumbing every process shares: validated configuration, the clock, MikroORM on PostgreSQL, the
 * CQRS bus with one unit of work per command, the outbox, structured logs, Redis, the queues and the live
 * event log (on Redis when there is one, else in PostgreSQL). `forApi` adds the HTTP policies (session guard
 * with CSRF, problem details, validation, rate limits) and the live event stream (GET notifications/stream).
 */
@Global()
@Module({})
export class PlatformModule {
  /** `contexts`: the descriptors the process loops over (the platform learns of the contexts only through them). */
  static forWorker(config: PreauConfig, contexts: readonly ContextDescriptor[]): DynamicModule {
    return PlatformModule.build(config, contexts, false);
  }

  static forApi(config: PreauConfig, contexts: readonly ContextDescriptor[]): DynamicModule {
    return PlatformModule.build(config, contexts, true);
  }

  private static build(config: PreauConfig, contexts: readonly ContextDescriptor[], http: boolean): DynamicModule {
    if (!config.databaseUrl) throw new Error('The database URL must be resolved before the modules are built.');
    const databaseUrl = config.databaseUrl;
    const providers: Provider[] = [
      { provide: PREAU_CONFIG, useValue: config },
      { provide: CLOCK, useValue: systemClock },
      {
        provide: REDIS,
        useFactory: () =>
          config.redisUrl ? new IORedis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null,
      },
      {
        provide: QUEUES,
        useFactory: () =>
          new Queues({ mode: config.mode.queue, redisUrl: config.redisUrl, databaseUrl, prefix: config.redisPrefix }),
      },
      { provide: ContextRegistry, useValue: new ContextRegistry(contexts) },
      Bus,
      Outbox,
      ResourceReaders,
      { provide: CLASS_ACCESS, useClass: BusClassAccess },
      {
        provide: RATE_LIMITS,
        inject: [REDIS],
        useFactory: (redis: IORedis | null) => new RateLimits(config.limits, redis ?? undefined, config.redisPrefix),
      },
      {
        provide: LiveEvents,
        inject: [REDIS, EntityManager, ContextRegistry],
        useFactory: (redis: IORedis | null, em: EntityManager, registry: ContextRegistry) =>
          new LiveEvents(
            redis
              ? new RedisLiveLog(redis, { prefix: config.redisPrefix, maxLength: config.live.maxLength })
              : new PostgresLiveLog(em, databaseUrl),
            { declared: (type) => registry.isLiveEvent(type) },
          ),
      },
    ];
    if (http) {
      providers.push(
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      );
    }
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        PassportModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The HTTP layer sets req.id (kept from X-Request-Id when sane); pino-http logs it as reqId.
            genReqId: (req: IncomingMessage) => (req as { id?: string }).id ?? randomUUID(),
            redact: [
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/v1/health' },
            quietReqLogger: true,
          } as Record<string, unknown>,
        }),
        MikroOrmModule.forRoot({ ...ormOptions(databaseUrl), autoLoadEntities: true, registerRequestContext: http }),
        MikroOrmModule.forFeature([OutboxMessageSchema, AuditEntrySchema]),
      ],
      controllers: http ? [LiveStreamController] : [],
      providers,
      exports: [
        PREAU_CONFIG,
        CLOCK,
        REDIS,
        QUEUES,
        ContextRegistry,
        Bus,
        Outbox,
        ResourceReaders,
        CLASS_ACCESS,
        LiveEvents,
        CqrsModule,
        PassportModule,
        MikroOrmModule,
        RATE_LIMITS,
      ],
    };
  }
}
