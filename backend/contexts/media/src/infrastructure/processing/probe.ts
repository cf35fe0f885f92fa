import { MediaProcessingFailure } from '../../application/ports/media-processor.port';
import type { MediaProcessingOptions } from './processing-options';
import { ToolFailedError, runTool } from './tools';

/**
 * Containers ffmpeg may open for an upload. Without this list a text file can be a playlist (HLS,
 * concat) that makes ffmpeg read other files of the server or reach the network; uploads are checked
 * from their magic bytes before us, this is the second lock on the same door.
 */
const DEMUXERS = 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,ogg,wav,mp3,aac,flac,avi,mpeg,mpegts,asf,amr,caf,w64,aiff';

/** Input options for every ffmpeg/ffprobe run on an upload: local file only, known containers only. */
export function ffmpegInput(file: string): string[] {
  // "file:" stops ffmpeg from reading a protocol ("concat:", "http:") out of the path itself.
  return ['-protocol_whitelist', 'file', '-format_whitelist', DEMUXERS, '-i', `file:${file}`];
}

export interface ProbedStream {
  index: number;
  codec_type?: string;
  width?: number;
  height?: number;
  /** "16:11" for anamorphic video; "0:1" or absent when unknown (taken as square pixels). */
  sample_aspect_ratio?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
}

export interface Probe {
  durationSeconds?: number;
  /** The picture stream, never cover art (an MP3's album picture is a "video" stream too). */
  video?: ProbedStream & { uprightWidth: number; uprightHeight: number };
  audio?: ProbedStream;
}

/** What ffprobe reads of an upload; a file it cannot open is a damaged (or not a media) file. */
export async function probe(file: string, options: MediaProcessingOptions): Promise<Probe> {
  let stdout: string;
  try {
    ({ stdout } = await runTool(
      options.tools.ffprobe,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...ffmpegInput(file)],
      { timeoutMs: options.toolTimeoutMs },
    ));
  } catch (error) {
    if (error instanceof ToolFailedError && /not on whitelist/i.test(error.stderr)) {
      throw new MediaProcessingFailure('UNSUPPORTED_FORMAT', 'This file is not a sound or video format we accept.');
    }
    if (error instanceof ToolFailedError) throw new MediaProcessingFailure('CORRUPTED_FILE', 'This file is damaged or incomplete and cannot be read.');
    throw error;
  }
  const report = JSON.parse(stdout) as { format?: { duration?: string }; streams?: ProbedStream[] };
  const streams = report.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic && (s.width ?? 0) > 0);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const durations = [report.format?.duration, ...streams.map((s) => s.duration)].map(Number).filter((d) => Number.isFinite(d) && d > 0);
  return {
    durationSeconds: durations.length > 0 ? Math.max(...durations) : undefined,
    video: video && withUprightSize(video),
    audio,
  };
}

/**
 * The size as shown: phones film portrait as landscape frames plus a display rotation (the upright
 * size swaps them), and anamorphic cameras store non-square pixels.
 */
function withUprightSize(stream: ProbedStream): ProbedStream & { uprightWidth: number; uprightHeight: number } {
  const rotation = stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? Number(stream.tags?.['rotate'] ?? 0);
  const quarterTurn = Math.abs(Math.round(rotation / 90)) % 2 === 1;
  const [sarNum, sarDen] = (stream.sample_aspect_ratio ?? '1:1').split(':').map(Number);
  const sar = sarNum > 0 && sarDen > 0 ? sarNum / sarDen : 1;
  const width = Math.round((stream.width ?? 0) * sar);
  const height = stream.height ?? 0;
  return { ...stream, uprightWidth: quarterTurn ? height : width, uprightHeight: quarterTurn ? width : height };
}

/** Refuses an over-long file from its announced duration, before spending a transcode on it. */
export function assertDuration(durationSeconds: number | undefined, options: MediaProcessingOptions): void {
  if (durationSeconds !== undefined && durationSeconds > options.maxDurationSeconds) {
    throw new MediaProcessingFailure(
      'TOO_LONG',
      `This recording lasts ${Math.round(durationSeconds / 60)} min, more than the ${Math.round(options.maxDurationSeconds / 60)} min accepted.`,
    );
  }
}
