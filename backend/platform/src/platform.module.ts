import { MikroOrmModule } from '@mikro-orm/nestjs';
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
import { AuditEntrySchema } from './audit/audit-entry';
import { SessionGuard } from './auth/session.guard';
import { Bus } from './bus/bus';
import { PREAU_CONFIG, type PreauConfig } from './config/config';
import { ormOptions } from './database/orm-options';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { OutboxMessageSchema } from './outbox/outbox-message';
import { Outbox } from './outbox/outbox';
import { Queues } from './queue/queues';
import { RATE_LIMITS, RateLimits } from './rate-limit/rate-limits';

export const REDIS = Symbol('Redis');
export const QUEUES = Symbol('Queues');


/**
 * Plumbing every process shares: validated configuration, the clock, MikroORM on PostgreSQL, the
 * CQRS bus with one unit of work per command, the outbox, structured logs, Redis and the queues.
 * `forApi` adds the HTTP policies: session guard with CSRF, problem details, validation, rate limits.
 */
@Global()
@Module({})
export class PlatformModule {
  static forWorker(config: PreauConfig): DynamicModule {
    return PlatformModule.build(config, false);
  }

  static forApi(config: PreauConfig): DynamicModule {
    return PlatformModule.build(config, true);
  }

  private static build(config: PreauConfig, http: boolean): DynamicModule {
    if (!config.databaseUrl) throw new Error('The database URL must be resolved before the modules are built.');
    const databaseUrl = config.databaseUrl;
    const providers: Provider[] = [
      { provide: PREAU_CONFIG, useValue: config },
      { provide: CLOCK, useValue: systemClock },
      { provide: REDIS, useFactory: () => (config.redisUrl ? new IORedis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null) },
      { provide: QUEUES, useFactory: () => new Queues({ mode: config.mode.queue, redisUrl: config.redisUrl, databaseUrl, prefix: config.redisPrefix }) },
      Bus,
      Outbox,
    ];
    if (http) {
      providers.push(
        { provide: RATE_LIMITS, inject: [REDIS], useFactory: (redis: IORedis | null) => new RateLimits(config.limits, redis ?? undefined, config.redisPrefix) },
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
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/v1/health' },
            quietReqLogger: true,
          } as Record<string, unknown>,
        }),
        MikroOrmModule.forRoot({ ...ormOptions(databaseUrl), autoLoadEntities: true, registerRequestContext: http }),
        MikroOrmModule.forFeature([OutboxMessageSchema, AuditEntrySchema]),
      ],
      providers,
      exports: [PREAU_CONFIG, CLOCK, REDIS, QUEUES, Bus, Outbox, CqrsModule, PassportModule, MikroOrmModule, ...(http ? [RATE_LIMITS] : [])],
    };
  }
}
