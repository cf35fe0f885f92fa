import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import sharp = require('sharp');
import { MediaProcessingFailure } from '../../application/ports/media-processor.port';
import { SharpFfmpegMediaProcessor } from './sharp-ffmpeg-media-processor';
import { ToolTimeoutError } from './tools';

const FIXTURES = path.resolve(__dirname, '../../../../../../../shared/fixtures/media');
const av = (name: string) => path.join(FIXTURES, 'av', name);
const run = promisify(execFile);

/** Everything ffprobe says of a file, as text (format and stream tags, side data). */
async function ffprobeText(file: string): Promise<string> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', file]);
  return stdout;
}
async function ffprobeJson(file: string) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
  return JSON.parse(stdout) as {
    format: { duration: string; format_name: string; tags?: Record<string, string> };
    streams: { codec_type: string; codec_name: string; width?: number; height?: number; side_data_list?: unknown[]; tags?: Record<string, string> }[];
  };
}

const processor = new SharpFfmpegMediaProcessor();
let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'preau-video-spec-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('SharpFfmpegMediaProcessor: video', () => {
  it('makes the rotated phone video an upright H.264/AAC MP4 without its location, with a clean poster', async () => {
    const before = await ffprobeText(av('phone-portrait-rotated.mov'));
    // The fixture carries a place (TAG:location, ISO 6709): the test can fail. ("chroma_location" is not one.)
    expect(before).toMatch(/^TAG:[^=\n]*location[^=\n]*=\+45\.76/im);
    expect(before).toMatch(/rotation=-?90/);

    const result = await processor.process({ kind: 'video', mimeType: 'video/quicktime', path: av('phone-portrait-rotated.mov'), workDir });

    expect(result.metadata).toEqual({ width: 1080, height: 1920, durationSeconds: expect.closeTo(4, 0) });
    expect(result.renditions.map((r) => [r.name, r.contentType, r.width, r.height])).toEqual([
      ['mp4', 'video/mp4', 720, 1280],
      ['poster', 'image/jpeg', 720, 1280],
    ]);
    const mp4 = result.renditions[0].path;
    const text = await ffprobeText(mp4);
    expect(text).not.toMatch(/^TAG:[^=\n]*location|ISO6709|\+45\.76|\+004\.83/im);
    expect(text).not.toMatch(/rotation|displaymatrix|TAG:rotate/i);
    const probed = await ffprobeJson(mp4);
    expect(probed.format.format_name).toContain('mp4');
    expect(probed.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([
      ['video', 'h264'],
      ['audio', 'aac'],
    ]);
    expect(probed.streams[0]).toMatchObject({ width: 720, height: 1280 });
    expect(probed.format.tags ?? {}).not.toHaveProperty('creation_time');

    const poster = await sharp(result.renditions[1].path).metadata();
    expect([poster.format, poster.width, poster.height, poster.exif, poster.xmp]).toEqual(['jpeg', 720, 1280, undefined, undefined]);
    expect((await readdir(workDir)).sort()).toEqual(['mp4.mp4', 'poster.jpg']);
  }, 30_000);

  it('refuses the truncated upload cleanly: ffprobe finds no index (moov atom), nothing is left behind', async () => {
    const failure = await processor
      .process({ kind: 'video', mimeType: 'video/mp4', path: av('truncated-video.mp4'), workDir })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MediaProcessingFailure);
    expect((failure as MediaProcessingFailure).reason).toBe('CORRUPTED_FILE');
    expect(await readdir(workDir)).toEqual([]);
  });

  it('refuses a video longer than the limit before transcoding it', async () => {
    const strict = new SharpFfmpegMediaProcessor({ maxDurationSeconds: 3 });
    const failure = await strict.process({ kind: 'video', mimeType: 'video/quicktime', path: av('phone-portrait-rotated.mov'), workDir }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'TOO_LONG' });
    expect(await readdir(workDir)).toEqual([]);
  });

  it('stops a transcode that runs past its timeout and rethrows (a processing error), leaving no partial MP4', async () => {
    const hasty = new SharpFfmpegMediaProcessor({ transcodeTimeoutMs: 300 });
    const failure = await hasty.process({ kind: 'video', mimeType: 'video/quicktime', path: av('phone-portrait-rotated.mov'), workDir }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ToolTimeoutError);
    expect(await readdir(workDir)).toEqual([]);
  });

  it('treats a browser recording labelled video/webm that holds only sound as a sound', async () => {
    const audioOnly = path.join(workDir, 'microphone.webm');
    await run('ffmpeg', ['-v', 'error', '-i', av('browser-recording.webm'), '-vn', '-c:a', 'copy', audioOnly]);
    const result = await processor.process({ kind: 'video', mimeType: 'video/webm', path: audioOnly, workDir });
    expect(result.renditions.map((r) => [r.name, r.contentType])).toEqual([['audio', 'audio/mp4']]);
    expect(result.metadata.durationSeconds).toBeCloseTo(3, 0);
  });

  it('gives an anamorphic video (non-square pixels) its displayed proportions', async () => {
    const anamorphic = path.join(workDir, 'anamorphic.mp4');
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=10:duration=1', '-vf', 'setsar=2', '-c:v', 'libx264', '-preset', 'ultrafast', anamorphic]);
    const result = await processor.process({ kind: 'video', mimeType: 'video/mp4', path: anamorphic, workDir });
    expect(result.renditions[0]).toMatchObject({ name: 'mp4', width: 1280, height: 480 });
    expect(result.metadata).toMatchObject({ width: 1280, height: 480 });
  });

  it('transcodes the browser recording (VP8/Opus WebM) with its picture', async () => {
    const result = await processor.process({ kind: 'video', mimeType: 'video/webm', path: av('browser-recording.webm'), workDir });
    expect(result.metadata).toEqual({ width: 640, height: 480, durationSeconds: expect.closeTo(3, 0) });
    const probed = await ffprobeJson(result.renditions[0].path);
    expect(probed.streams.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
  }, 20_000);
});
