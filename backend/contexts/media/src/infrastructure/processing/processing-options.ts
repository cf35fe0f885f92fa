/** Limits of the processor; every one of them guards the worker against one hostile or huge upload. */
export interface MediaProcessingOptions {
  /**
   * Largest decoded image (width × height), also applied to video frames. A 30000×30000 PNG is a few
   * kB on disk but 3.6 GB once decoded: refused before decoding (TOO_MANY_PIXELS).
   */
  maxPixels: number;
  /** Longest sound or video accepted (TOO_LONG). Also caps the transcode when a file hides its length. */
  maxDurationSeconds: number;
  /** ffmpeg transcode of one video or sound. */
  transcodeTimeoutMs: number;
  /** Every other tool run: ffprobe, heif-convert, a poster frame, pdfinfo, pdftoppm. */
  toolTimeoutMs: number;
  /** Paths of the tools, for machines where they are not on PATH. */
  tools: { ffmpeg: string; ffprobe: string; heifConvert: string; pdftoppm: string; pdfinfo: string };
}

export const DEFAULT_MEDIA_PROCESSING_OPTIONS: MediaProcessingOptions = {
  maxPixels: 50_000_000,
  maxDurationSeconds: 10 * 60,
  transcodeTimeoutMs: 10 * 60 * 1000,
  toolTimeoutMs: 60 * 1000,
  tools: { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', heifConvert: 'heif-convert', pdftoppm: 'pdftoppm', pdfinfo: 'pdfinfo' },
};

export type MediaProcessingOptionsInput = Partial<Omit<MediaProcessingOptions, 'tools'>> & {
  tools?: Partial<MediaProcessingOptions['tools']>;
};

export function resolveOptions(input: MediaProcessingOptionsInput = {}): MediaProcessingOptions {
  // An option passed as undefined (an unset setting) keeps its default instead of erasing it.
  const given = <T extends object>(o: T | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
  return {
    ...DEFAULT_MEDIA_PROCESSING_OPTIONS,
    ...given(input),
    tools: { ...DEFAULT_MEDIA_PROCESSING_OPTIONS.tools, ...given(input.tools) },
  } as MediaProcessingOptions;
}
