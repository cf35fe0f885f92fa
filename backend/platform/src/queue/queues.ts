import { createPostgresBackend, Queue, type QueueOptions, withBackend, Worker, type Processor, type WorkerOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { QueueMode } from '../config/config';

export const INTEGRATION_EVENTS_QUEUE = 'integration-events';

export interface QueueConnectionSettings {
  mode: QueueMode;
  redisUrl?: string;
  databaseUrl?: string;
  /** Redis key prefix (Redis mode only). */
  prefix?: string;
}

/**
 * BullMQ queues and workers on Redis, or on BullMQ's PostgreSQL backend when there is no Redis
 * (embedded mode). Callers see the same Queue/Worker API either way.
 */
export class Queues {
  private readonly queues = new Map<string, Queue>();
  private readonly closables: { close(): Promise<unknown> }[] = [];
  private readonly redisClients: IORedis[] = [];
  private readonly classes: { Queue: typeof Queue; Worker: typeof Worker };

  constructor(private readonly settings: QueueConnectionSettings) {
    if (settings.mode === 'redis' && !settings.redisUrl) throw new Error('redis mode needs a REDIS_URL');
    if (settings.mode === 'postgres' && !settings.databaseUrl) throw new Error('postgres queue mode needs a database URL');
    this.classes = settings.mode === 'redis' ? { Queue, Worker } : (withBackend(createPostgresBackend) as unknown as { Queue: typeof Queue; Worker: typeof Worker });
  }

  get mode(): QueueMode {
    return this.settings.mode;
  }

  private connection(forWorker: boolean): QueueOptions['connection'] {
    if (this.settings.mode === 'redis') {
      const client = new IORedis(this.settings.redisUrl as string, { maxRetriesPerRequest: forWorker ? null : 3, lazyConnect: false });
      this.redisClients.push(client);
      return client;
    }
    return { connectionString: this.settings.databaseUrl, migrate: true } as unknown as QueueOptions['connection'];
  }

  private prefixOption(): { prefix?: string } {
    return this.settings.mode === 'redis' && this.settings.prefix ? { prefix: this.settings.prefix } : {};
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new this.classes.Queue(name, { connection: this.connection(false), ...this.prefixOption() });
      this.queues.set(name, queue);
      this.closables.push(queue);
    }
    return queue;
  }

  worker(name: string, processor: Processor, options: Partial<WorkerOptions> = {}): Worker {
    const worker = new this.classes.Worker(name, processor, { connection: this.connection(true), concurrency: 4, ...this.prefixOption(), ...options });
    this.closables.push(worker);
    return worker;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.closables.reverse().map((c) => c.close()));
    await Promise.allSettled(this.redisClients.map((c) => c.quit()));
  }
}
