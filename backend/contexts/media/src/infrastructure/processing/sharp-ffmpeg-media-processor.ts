import * as path from 'node:path';
import {
  MediaProcessingFailure,
  type MediaProcessor,
  type ProcessedMedia,
} from '../../application/ports/media-processor.port';
import { processAudio } from './audio';
import { processDocument } from './document';
import { processImage } from './image';
import { type MediaProcessingOptions, type MediaProcessingOptionsInput, resolveOptions } from './processing-options';
import { processVideo } from './video';

/**
 * The media processor of the worker: sharp for photos (HEIC through Debian's heif-convert), ffmpeg
 * for video and sound, poppler for PDF previews. It reads the original, writes renditions only in
 * the job's work directory, and fails with a reason a teacher understands when the file is at fault
 * (MediaProcessingFailure); any other error goes up unchanged and ends as PROCESSING_ERROR.
 * Running it twice on the same input overwrites the same renditions: the job may be retried.
 */
export class SharpFfmpegMediaProcessor implements MediaProcessor {
  readonly options: MediaProcessingOptions;

  constructor(options: MediaProcessingOptionsInput = {}) {
    this.options = resolveOptions(options);
  }

  async process(input: Parameters<MediaProcessor['process']>[0]): Promise<ProcessedMedia> {
    // Absolute paths: a relative name starting with "-" could otherwise pass for a tool's option.
    const file = path.resolve(input.path);
    const workDir = path.resolve(input.workDir);
    switch (input.kind) {
      case 'image':
        return processImage(file, workDir, this.options);
      case 'video':
        return processVideo(file, workDir, this.options);
      case 'audio':
        return processAudio(file, workDir, this.options);
      case 'document':
        return processDocument(file, input.mimeType, workDir, this.options);
      default:
        // Links have nothing to process and never reach a processor.
        throw new MediaProcessingFailure('UNSUPPORTED_FORMAT', `Nothing to process for an item of kind ${input.kind}.`);
    }
  }
}
