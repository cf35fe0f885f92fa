import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { MediaProcessingFailure, type ProcessedMedia } from '../../application/ports/media-processor.port';
import { type Probe, assertDuration, ffmpegInput, probe } from './probe';
import type { MediaProcessingOptions } from './processing-options';
import { ToolFailedError, runTool } from './tools';

/**
 * Sound for the web: AAC in an M4A, the one format every browser and phone plays (Safari still
 * stumbles on Ogg), without the original's tags (names, places, dates, cover pictures).
 */
export async function processAudio(input: string, workDir: string, options: MediaProcessingOptions, probed?: Probe): Promise<ProcessedMedia> {
  const source = probed ?? (await probe(input, options));
  if (!source.audio) throw new MediaProcessingFailure('UNSUPPORTED_FORMAT', 'This file contains no sound we can read.');
  assertDuration(source.durationSeconds, options);

  const output = path.join(workDir, 'audio.m4a');
  const args = [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
    ...ffmpegInput(input),
    '-map', '0:a:0', '-vn', '-sn', '-dn',
    // A recording that hides its length (MediaRecorder WebM) cannot run past the limit.
    '-t', String(options.maxDurationSeconds + 1),
    '-c:a', 'aac', '-b:a', '128k',
    '-movflags', '+faststart', '-map_metadata', '-1', '-map_chapters', '-1',
    '-f', 'mp4', output,
  ];
  try {
    await runTool(options.tools.ffmpeg, args, { timeoutMs: options.transcodeTimeoutMs });
  } catch (error) {
    await rm(output, { force: true });
    if (error instanceof ToolFailedError && /invalid data|corrupt|error while decoding|nothing was encoded|output file is empty/i.test(error.stderr)) {
      throw new MediaProcessingFailure('CORRUPTED_FILE', 'This recording is damaged and cannot be converted.');
    }
    throw error;
  }

  // The output states its length even when the upload did not.
  const durationSeconds = (await probe(output, options)).durationSeconds;
  if (durationSeconds === undefined) {
    await rm(output, { force: true });
    throw new MediaProcessingFailure('CORRUPTED_FILE', 'This recording is damaged: no sound could be read from it.');
  }
  // The upload hid its length and ran into the cap: no half-recording is kept.
  try {
    assertDuration(durationSeconds, options);
  } catch (failure) {
    await rm(output, { force: true });
    throw failure;
  }
  return { renditions: [{ name: 'audio', path: output, contentType: 'audio/mp4' }], metadata: { durationSeconds } };
}
