import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { SharpFfmpegMediaProcessor } from './sharp-ffmpeg-media-processor';

const FIXTURES = path.resolve(__dirname, '../../../../../../../shared/fixtures/media');
const av = (name: string) => path.join(FIXTURES, 'av', name);
const run = promisify(execFile);

const processor = new SharpFfmpegMediaProcessor();
let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'preau-audio-spec-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('SharpFfmpegMediaProcessor: sound', () => {
  it.each([
    ['voice-note.ogg', 'audio/ogg', 'vorbis', 5],
    ['poem-reading.m4a', 'audio/mp4', 'aac', 5],
    ['class-song.wav', 'audio/wav', 'pcm_s16le', 3],
    ['browser-recording.webm', 'audio/webm', 'opus', 3],
  ])('turns %s into AAC in M4A with its duration', async (name, mimeType, originalCodec, seconds) => {
    const { stdout: originalCodecs } = await run('ffprobe', ['-v', 'error', '-select_streams', 'a', '-show_entries', 'stream=codec_name', '-of', 'csv=p=0', av(name)]);
    expect(originalCodecs.trim()).toBe(originalCodec);

    const result = await processor.process({ kind: 'audio', mimeType, path: av(name), workDir });

    expect(result.renditions).toEqual([{ name: 'audio', path: path.join(workDir, 'audio.m4a'), contentType: 'audio/mp4' }]);
    expect(result.metadata.durationSeconds).toBeCloseTo(seconds, 0);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', result.renditions[0].path]);
    const probed = JSON.parse(stdout) as { format: { format_name: string; tags?: Record<string, string> }; streams: { codec_type: string; codec_name: string }[] };
    expect(probed.format.format_name).toContain('m4a');
    // Only the sound: the picture of a video recording never travels into the sound file.
    expect(probed.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([['audio', 'aac']]);
    expect(Object.keys(probed.format.tags ?? {}).filter((tag) => !['major_brand', 'minor_version', 'compatible_brands', 'encoder'].includes(tag))).toEqual([]);
    expect(await readdir(workDir)).toEqual(['audio.m4a']);
  });

  it('drops the tags of the original (title, artist, place...)', async () => {
    const tagged = path.join(workDir, 'tagged.ogg');
    await run('ffmpeg', ['-v', 'error', '-i', av('voice-note.ogg'), '-c', 'copy', '-metadata', 'title=Léa CM1', '-metadata', 'location=+45.7640+004.8357/', tagged]);
    const { stdout: before } = await run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', tagged]);
    expect(before).toMatch(/Léa CM1/);

    const result = await processor.process({ kind: 'audio', mimeType: 'audio/ogg', path: tagged, workDir });

    const { stdout: after } = await run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', result.renditions[0].path]);
    expect(after).not.toMatch(/Léa|location|45\.76/i);
  });

  it('caps a recording that hides its length (streamed WebM) and refuses it as too long, keeping nothing', async () => {
    const streamed = path.join(workDir, 'streamed.webm');
    // Written to a pipe, WebM carries no duration: only decoding it tells its length.
    const { stdout } = await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=duration=6', '-c:a', 'libopus', '-f', 'webm', 'pipe:1'], { encoding: 'buffer' });
    await writeFile(streamed, stdout);
    const { stdout: announced } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', streamed]);
    expect(announced.trim()).toBe('N/A');

    const strict = new SharpFfmpegMediaProcessor({ maxDurationSeconds: 3 });
    const failure = await strict.process({ kind: 'audio', mimeType: 'audio/webm', path: streamed, workDir }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'TOO_LONG' });
    expect(await readdir(workDir)).toEqual(['streamed.webm']);
    // The same file under the default limit: its duration comes from our output.
    const result = await processor.process({ kind: 'audio', mimeType: 'audio/webm', path: streamed, workDir });
    expect(result.metadata.durationSeconds).toBeCloseTo(6, 0);
  });

  it('refuses a file that is not a sound (a photo, an HTML page), whatever its name', async () => {
    for (const file of [path.join(FIXTURES, 'photos', 'Canon_40D.jpg'), path.join(FIXTURES, 'hostile', 'page-named-photo.jpg')]) {
      const failure = await processor.process({ kind: 'audio', mimeType: 'audio/wav', path: file, workDir }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'UNSUPPORTED_FORMAT' });
    }
    expect(await readdir(workDir)).toEqual([]);
  });

  it('refuses a video without sound track', async () => {
    const silent = path.join(workDir, 'silent.mp4');
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=5:duration=1', '-c:v', 'libx264', silent]);
    const failure = await processor.process({ kind: 'audio', mimeType: 'audio/mp4', path: silent, workDir }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'UNSUPPORTED_FORMAT' });
  });
});
