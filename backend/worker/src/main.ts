import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/postgresql';
import { NestFactory } from '@nestjs/core';
import type { IntegrationEvent } from '@preau/contracts';
import {
  AuditConsumer,
  type BackgroundWork,
  ContextRegistry,
  INTEGRATION_EVENTS_QUEUE,
  type IntegrationEventConsumer,
  loadConfigOrExit,
  OutboxRelay,
  pruneOutbox,
  QUEUES,
  type Queues,
} from '@preau/platform';
import { Logger } from 'nestjs-pino';
import { CONTEXTS } from './app/contexts';
import { dispatch } from './app/event-dispatcher';
import { WorkerModule } from './app/worker.module';

const RELAY_IDLE_MS = 200;
const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

/**
 * The queue process: relays the outbox to BullMQ, runs the audit log and every context's consumers and
 * background work (as their descriptors say). Several may run at once.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.databaseUrl) {
    process.stderr.write('Préau worker cannot start: DATABASE_URL is required (npm start passes the embedded one)\n');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const em = app.get(EntityManager);
  const queues = app.get<Queues>(QUEUES);
  const registry = app.get(ContextRegistry);
  const relay = new OutboxRelay(em, queues.queue(INTEGRATION_EVENTS_QUEUE));
  const background: BackgroundWork[] = [...new Set(CONTEXTS.flatMap((context) => context.background ?? []))].map(
    (type) => app.get(type),
  );
  for (const work of background) await work.start();
  const consumers: IntegrationEventConsumer[] = [
    new AuditConsumer(em, (type) => registry.isAudited(type)),
    ...CONTEXTS.flatMap((context) => context.consumers ?? []).map((type) => app.get(type)),
  ];
  const worker = queues.worker(INTEGRATION_EVENTS_QUEUE, (job) => dispatch(job.data as IntegrationEvent, consumers));
  worker.on('failed', (job, error) => logger.warn(`event ${job?.id} (${job?.name}) failed: ${error.message}`));

  let stopping = false;
  const loop = async () => {
    while (!stopping) {
      const moved = await relay.relayOnce().catch((error: Error) => {
        logger.error(`outbox relay: ${error.message}`);
        return 0;
      });
      if (moved === 0) await new Promise((r) => setTimeout(r, RELAY_IDLE_MS));
    }
  };
  const relaying = loop();
  const housekeeping = setInterval(() => {
    for (const work of background) {
      work.housekeep?.().then(
        (line) => line && logger.warn(`housekeeping: ${line}`),
        (error: Error) => logger.error(`housekeeping (${work.constructor.name}): ${error.message}`),
      );
    }
    pruneOutbox(em).then(
      (pruned) =>
        logger.log(`housekeeping: ${pruned.outbox} outbox rows and ${pruned.processed} idempotency markers pruned`),
      (error: Error) => logger.error(`housekeeping: ${error.message}`),
    );
  }, HOUSEKEEPING_EVERY_MS);
  housekeeping.unref();
  logger.log(
    `Préau worker started (queues: ${queues.mode === 'redis' ? 'BullMQ on Redis' : 'BullMQ on PostgreSQL'}; contexts: ${CONTEXTS.map((c) => c.name).join(', ')})`,
  );

  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(housekeeping);
    await relaying;
    for (const work of background) await work.stop();
    await queues.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

void main().catch((error) => {
  process.stderr.write(`Préau worker cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
