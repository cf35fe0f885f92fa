import type { ImportRun } from '../domain/import-run/import-run';
import type { ImportRunRepository } from '../domain/import-run/import-run.repository';
import type { ImportJobs, ImportProgress } from '../application/ports/import-jobs.port';

export class InMemoryImportRunRepository implements ImportRunRepository {
  readonly items = new Map<string, ImportRun>();

  async byId(id: string): Promise<ImportRun | null> {
    return this.items.get(id) ?? null;
  }

  add(run: ImportRun): void {
    this.items.set(run.id, run);
  }

  async pendingSince(before: Date): Promise<ImportRun[]> {
    return [...this.items.values()].filter((r) => r.pending && r.createdAt < before);
  }
}

/** The queue, as a list of the imports handed to the worker. */
export class RecordingImportJobs implements ImportJobs {
  readonly enqueued: string[] = [];
  async enqueue(importId: string): Promise<void> {
    this.enqueued.push(importId);
  }
}

/** Progress as the console would have seen it, step by step; written into the run as the SQL adapter does. */
export class RecordingImportProgress implements ImportProgress {
  readonly steps: string[] = [];
  constructor(private readonly runs?: InMemoryImportRunRepository) {}
  async report(importId: string, state: 'running', done: number, total: number): Promise<void> {
    this.steps.push(`${state} ${done}/${total}`);
    const run = this.runs?.items.get(importId);
    if (run) Object.assign(run, { state, progressDone: done, progressTotal: total });
  }
}
