import { rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import sharp = require('sharp');
import { MediaProcessingFailure, type ProcessedMedia, type RenditionFile } from '../../application/ports/media-processor.port';
import { processAudio } from './audio';
import { assertDuration, ffmpegInput, probe } from './probe';
import type { MediaProcessingOptions } from './processing-options';
import { ToolFailedError, runTool } from './tools';
import { withScratchDir } from './work-dir';

const MAX_SIDE = 1280;
/**
 * Square pixels first (an anamorphic camera stores 720×576 for a 1024×576 picture), then fit in
 * 1280×1280 without upscaling, even sizes (H.264 4:2:0 needs them), and 8-bit 4:2:0 so every browser
 * plays it (a 10-bit phone video would otherwise stay 10-bit). ffmpeg applies the display rotation
 * before this chain (autorotate), so the sizes here are already upright.
 */
const SCALE = [
  `scale='trunc(iw*sar/2)*2':ih,setsar=1`,
  `scale='min(${MAX_SIDE},iw)':'min(${MAX_SIDE},ih)':force_original_aspect_ratio=decrease:force_divisible_by=2`,
  'format=yuv420p',
].join(',');

/**
 * Videos for the web: H.264/AAC MP4 that starts playing before it is fully downloaded, upright, with
 * no metadata of the original (phones put the place of filming in a `location` tag), and a poster.
 */
export async function processVideo(input: string, workDir: string, options: MediaProcessingOptions): Promise<ProcessedMedia> {
  const probed = await probe(input, options);
  if (!probed.video) {
    // Browsers label a microphone recording video/webm: a "video" with only sound is a sound.
    if (probed.audio) return processAudio(input, workDir, options, probed);
    throw new MediaProcessingFailure('UNSUPPORTED_FORMAT', 'This video contains no picture we can read.');
  }
  assertDuration(probed.durationSeconds, options);
  const { uprightWidth, uprightHeight } = probed.video;
  if (uprightWidth * uprightHeight > options.maxPixels) {
    throw new MediaProcessingFailure('TOO_MANY_PIXELS', `This video is ${uprightWidth}×${uprightHeight} pixels, more than accepted.`);
  }

  const mp4 = path.join(workDir, 'mp4.mp4');
  await transcode(input, mp4, probed.video.index, options);
  const written = await probe(mp4, options);
  if (!written.video || written.durationSeconds === undefined) {
    await rm(mp4, { force: true });
    throw new MediaProcessingFailure('CORRUPTED_FILE', 'This video is damaged: no picture could be read from it.');
  }
  const durationSeconds = written.durationSeconds;
  // The upload hid its length and ran into the cap: no half-video is kept.
  try {
    assertDuration(durationSeconds, options);
  } catch (failure) {
    await rm(mp4, { force: true });
    throw failure;
  }
  const renditions: RenditionFile[] = [
    { name: 'mp4', path: mp4, contentType: 'video/mp4', width: written.video.width, height: written.video.height },
    await writePoster(mp4, workDir, durationSeconds, options),
  ];
  return { renditions, metadata: { width: uprightWidth, height: uprightHeight, durationSeconds } };
}

async function transcode(input: string, output: string, videoStream: number, options: MediaProcessingOptions): Promise<void> {
  const args = [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
    ...ffmpegInput(input),
    // Only the picture and the first sound: no subtitles, data tracks or attachments travel along.
    '-map', `0:${videoStream}`, '-map', '0:a:0?',
    // A file that hides its length cannot run past the limit; the output's length is checked after.
    '-t', String(options.maxDurationSeconds + 1),
    '-vf', SCALE,
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26',
    '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
    '-movflags', '+faststart', '-map_metadata', '-1', '-map_chapters', '-1',
    '-f', 'mp4', output,
  ];
  try {
    await runTool(options.tools.ffmpeg, args, { timeoutMs: options.transcodeTimeoutMs });
  } catch (error) {
    await rm(output, { force: true });
    // ffprobe could read the header, so ffmpeg giving up means the picture data itself is broken.
    if (error instanceof ToolFailedError && isDamagedInput(error.stderr)) {
      throw new MediaProcessingFailure('CORRUPTED_FILE', 'This video is damaged and cannot be converted.');
    }
    throw error;
  }
}

function isDamagedInput(stderr: string): boolean {
  return /invalid data|corrupt|error while decoding|could not find codec|does not contain any stream|nothing was encoded|output file is empty|moov atom|partial file/i.test(stderr);
}

/**
 * The poster comes from our own MP4 (already upright, scaled and clean), at 1 s or half-way through a
 * shorter clip, and is re-encoded by sharp so it carries no metadata either.
 */
async function writePoster(mp4: string, workDir: string, durationSeconds: number, options: MediaProcessingOptions): Promise<RenditionFile> {
  const poster = path.join(workDir, 'poster.jpg');
  const info = await withScratchDir(workDir, async (scratch) => {
    const frame = path.join(scratch, 'frame.png');
    const grab = (at: number) =>
      runTool(
        options.tools.ffmpeg,
        ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-ss', at.toFixed(3), ...ffmpegInput(mp4), '-frames:v', '1', '-map_metadata', '-1', frame],
        { timeoutMs: options.toolTimeoutMs },
      );
    // A seek past the last frame writes nothing: fall back to the first frame.
    await grab(Math.min(1, durationSeconds / 2)).catch(() => undefined);
    if (!(await exists(frame))) await grab(0);
    return sharp(frame).jpeg({ quality: 82, progressive: true }).toFile(poster);
  });
  return { name: 'poster', path: poster, contentType: 'image/jpeg', width: info.width, height: info.height };
}

const exists = (file: string) => stat(file).then((s) => s.size > 0, () => false);
