import type { QueueMode } from '../config/config';
import { Queues } from '../queue/queues';

/**
 * `Queues` as the API and the worker build them, for one test: on Redis under a prefix of the test's
 * own, or on BullMQ's PostgreSQL backend inside the test's database.
 */
export function testQueues(mode: QueueMode, databaseUrl: string, redis: { url: string; prefix: string }): Queues {
  return mode === 'redis' ? new Queues({ mode, redisUrl: redis.url, prefix: redis.prefix }) : new Queues({ mode, databaseUrl });
}

export const QUEUE_MODES: readonly QueueMode[] = ['redis', 'postgres'];
