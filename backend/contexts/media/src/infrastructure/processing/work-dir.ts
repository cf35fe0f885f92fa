import { mkdtemp, rm } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * A private scratch folder inside the job's work directory (the only place we may write), removed
 * whatever happens, so a failed or retried job leaves only its finished renditions behind.
 */
export async function withScratchDir<T>(workDir: string, work: (scratch: string) => Promise<T>): Promise<T> {
  const scratch = await mkdtemp(path.join(workDir, '.scratch-'));
  try {
    return await work(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
