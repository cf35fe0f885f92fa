import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type IntegrationEvent, isEvent, MediaEvents } from '@preau/contracts';
import {
  type BackgroundWork,
  Bus,
  type IntegrationEventConsumer,
  PREAU_CONFIG,
  type PreauConfig,
  QUEUES,
  type Queues,
} from '@preau/platform';
import type { Job, Worker } from 'bullmq';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FailStaleProcessingCommand } from '../../application/commands/fail-stale-processing/fail-stale-processing.command';
import { FinishProcessingCommand } from '../../application/commands/finish-processing/finish-processing.command';
import {
  MEDIA_PROCESSOR,
  type MediaProcessor,
  MediaProcessingFailure,
} from '../../application/ports/media-processor.port';
import { MEDIA_STORAGE, type MediaStorage } from '../../application/ports/media-storage.port';
import { MediaItem, ORIGINAL, type StoredRendition } from '../../domain/media-item/media-item';

export const MEDIA_PROCESSING_QUEUE = 'media-processing';
const ATTEMPTS = 3;

/**
 * Runs in the worker process, never in the API: `media.uploaded` events become jobs on the
 * media-processing queue (job id = item id, so an event relayed twice makes one job), and each job turns
 * the original into safe renditions. A job run twice finds the item finished and does nothing; a worker
 * killed mid-job leaves a stalled job that another worker takes over; the last failed attempt marks the
 * item failed, so no item stays "processing" for ever.
 */
@Injectable()
export class MediaProcessingRunner implements IntegrationEventConsumer, BackgroundWork {
  private readonly logger = new Logger('MediaProcessing');
  private worker: Worker | null = null;

  constructor(
    @Inject(QUEUES) private readonly queues: Queues,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(MEDIA_PROCESSOR) private readonly processor: MediaProcessor,
    private readonly bus: Bus,
    private readonly em: EntityManager,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
  ) {}

  handles(event: IntegrationEvent): boolean {
    return isEvent(event, MediaEvents.Uploaded) || isEvent(event, MediaEvents.Deleted);
  }

  async handle(event: IntegrationEvent): Promise<void> {
    const mediaId = String(event.payload['mediaId']);
    // The bytes of a deleted item go once its deletion is committed (idempotent: deleting twice is fine).
    if (isEvent(event, MediaEvents.Deleted)) return this.storage.deletePrefix(`${mediaId}/`);
    await this.queues.queue(MEDIA_PROCESSING_QUEUE).add(
      'process',
      { mediaId },
      {
        jobId: mediaId,
        attempts: ATTEMPTS,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      },
    );
  }

  /** In the worker process: processes the queue, with the job lock of the settings (a dead worker's job is taken over after it). */
  start(): void {
    const lockMs = this.config.media.jobLockMs;
    this.worker ??= this.startWorker({ lockDuration: lockMs, stalledInterval: Math.max(1000, Math.floor(lockMs / 2)) });
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  async housekeep(): Promise<string | null> {
    const failed = await this.failStale();
    return failed ? `${failed} media items stuck in processing marked failed` : null;
  }

  startWorker(options: { concurrency?: number; lockDuration?: number; stalledInterval?: number } = {}): Worker {
    const worker = this.queues.worker(
      MEDIA_PROCESSING_QUEUE,
      (job: Job<{ mediaId: string }>) => this.process(job.data.mediaId),
      {
        concurrency: options.concurrency ?? 2,
        lockDuration: options.lockDuration ?? 60_000,
        stalledInterval: options.stalledInterval ?? 30_000,
      },
    );
    worker.on('failed', (job, error) => {
      if (!job) return;
      this.logger.warn(`media ${job.data.mediaId}: attempt ${job.attemptsMade} failed: ${error.message}`);
      // Over for good: the last attempt failed, or BullMQ gave up on a job that stalled too often.
      if (job.finishedOn || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1)) {
        void this.bus
          .command(
            new FinishProcessingCommand(job.data.mediaId, {
              ok: false,
              reason: 'PROCESSING_ERROR',
              message: 'The file could not be processed.',
            }),
          )
          .catch((e: Error) =>
            this.logger.error(`media ${job.data.mediaId}: could not record the failure: ${e.message}`),
          );
      }
    });
    return worker;
  }

  /** Marks failed what stayed processing far longer than any job can (run now and then by the worker). */
  failStale(olderThanMs = 3 * 60 * 60_000): Promise<number> {
    return this.bus.command(new FailStaleProcessingCommand(olderThanMs));
  }

  async process(mediaId: string): Promise<'ready' | 'failed' | 'skipped'> {
    const item = await this.em.fork().findOne(MediaItem, { id: mediaId });
    if (!item || item.finished) return 'skipped';
    const original = item.rendition(ORIGINAL);
    if (!original || !item.mimeType || item.kind === 'link') return 'skipped';
    const workDir = await mkdtemp(join(tmpdir(), 'preau-media-'));
    try {
      const input = join(workDir, 'original');
      await pipeline(await this.storage.get(original.key), createWriteStream(input));
      const outDir = join(workDir, 'out');
      await mkdir(outDir);
      let processed;
      try {
        processed = await this.processor.process({
          kind: item.kind,
          mimeType: item.mimeType,
          path: input,
          workDir: outDir,
        });
      } catch (error) {
        if (!(error instanceof MediaProcessingFailure)) throw error;
        await this.bus.command(
          new FinishProcessingCommand(mediaId, { ok: false, reason: error.reason, message: error.message }),
        );
        return 'failed';
      }
      const renditions: StoredRendition[] = [];
      for (const r of processed.renditions) {
        const key = `${mediaId}/${r.name}`;
        await this.storage.put(key, createReadStream(r.path), r.contentType);
        renditions.push({
          name: r.name,
          key,
          contentType: r.contentType,
          size: (await stat(r.path)).size,
          width: r.width,
          height: r.height,
        });
      }
      // A browser's microphone recording arrives as video/webm with no picture: it becomes a sound.
      const soundOnly =
        item.kind === 'video' &&
        renditions.some((r) => r.name === 'audio') &&
        !renditions.some((r) => r.name === 'mp4');
      const recorded = await this.bus.command(
        new FinishProcessingCommand(mediaId, {
          ok: true,
          renditions,
          metadata: processed.metadata,
          ...(soundOnly ? { kind: 'audio' as const } : {}),
        }),
      );
      // Deleted while it was being processed: the renditions just stored must not outlive it.
      if (!recorded && !(await this.em.fork().findOne(MediaItem, { id: mediaId })))
        await this.storage.deletePrefix(`${mediaId}/`);
      return recorded ? 'ready' : 'skipped';
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
}
