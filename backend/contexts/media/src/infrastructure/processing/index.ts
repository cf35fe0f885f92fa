export { SharpFfmpegMediaProcessor } from './sharp-ffmpeg-media-processor';
export { DEFAULT_MEDIA_PROCESSING_OPTIONS, type MediaProcessingOptions, type MediaProcessingOptionsInput } from './processing-options';
