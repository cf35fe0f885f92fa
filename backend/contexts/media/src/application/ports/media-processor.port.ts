import type { MediaFailureReason, MediaKind } from '@preau/contracts';

/** One file the processor made, in the work directory, to be stored next to the original. */
export interface RenditionFile {
  /** Stable name the API exposes: 'w320', 'w1280', 'jpeg', 'poster', 'mp4', 'audio', 'preview'... */
  name: string;
  /** Absolute path of the file in the work directory. */
  path: string;
  contentType: string;
  width?: number;
  height?: number;
}

export interface ProcessedMedia {
  renditions: RenditionFile[];
  metadata: { width?: number; height?: number; durationSeconds?: number; pages?: number };
}

/**
 * Turns an uploaded original (already type-checked from its magic bytes) into web renditions that are
 * safe to show to anyone: images upright with every EXIF/XMP/GPS block removed, videos in H.264/AAC MP4
 * without location tags and with a poster, sound in a web format, documents with a preview.
 * It never changes the original's bytes in place and never reaches the network.
 */
export interface MediaProcessor {
  process(input: { kind: MediaKind; mimeType: string; path: string; workDir: string }): Promise<ProcessedMedia>;
}

/** A processing failure whose reason a teacher can understand; anything else is PROCESSING_ERROR. */
export class MediaProcessingFailure extends Error {
  constructor(
    readonly reason: MediaFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'MediaProcessingFailure';
  }
}

export const MEDIA_PROCESSOR = Symbol('MediaProcessor');
