import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@preau/contracts';
import { INTEGRATION_EVENTS_QUEUE, PREAU_CONFIG, type PreauConfig, Public, QUEUES, type Queues, REDIS } from '@preau/platform';
import type { FastifyReply } from 'fastify';
import type IORedis from 'ioredis';

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@ApiTags('ops')
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    @Inject(REDIS) private readonly redis: IORedis | null,
    @Inject(QUEUES) private readonly queues: Queues,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Database, Redis and queue checks; 503 when one is down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const check = (p: Promise<unknown>) => within(2000, p).then(() => 'up' as const, () => 'down' as const);
    const [database, redis, queue] = await Promise.all([
      check(this.em.fork().getConnection().execute('select 1')),
      this.redis ? check(this.redis.ping()) : Promise.resolve('not-used' as const),
      check(this.queues.queue(INTEGRATION_EVENTS_QUEUE).getJobCounts('waiting')),
    ]);
    const ok = database === 'up' && redis !== 'down' && queue === 'up';
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', mode: this.config.mode, checks: { database, redis, queue } };
  }
}
