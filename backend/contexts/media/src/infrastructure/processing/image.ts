import * as path from 'node:path';
import sharp = require('sharp');
import { MediaProcessingFailure, type ProcessedMedia, type RenditionFile } from '../../application/ports/media-processor.port';
import { convertHeifToJpeg } from './heif';
import type { MediaProcessingOptions } from './processing-options';
import { withScratchDir } from './work-dir';

/** Formats we decode. SVG is not among them: it is a document that can run script, never a photo. */
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);
const LARGE_WIDTH = 1280;
const SMALL_WIDTH = 320;

/**
 * Photos made safe to show to anyone: upright, every metadata block (EXIF, GPS, XMP, IPTC, ICC)
 * gone, scaled down for the web. sharp writes no metadata unless asked to (we never ask), and the
 * renditions are re-encoded from decoded pixels, so nothing of the original file's blocks survives.
 */
export async function processImage(input: string, workDir: string, options: MediaProcessingOptions): Promise<ProcessedMedia> {
  const header = await readHeader(input, options);
  if (header.format === 'heif' && header.compression !== 'av1') {
    return withScratchDir(workDir, async (scratch) => {
      const jpeg = await convertHeifToJpeg(input, scratch, options);
      return renderImage(jpeg, await readHeader(jpeg, options), workDir, options, false);
    });
  }
  return renderImage(input, header, workDir, options, true);
}

async function readHeader(input: string, options: MediaProcessingOptions): Promise<sharp.Metadata> {
  let header: sharp.Metadata;
  try {
    header = await sharp(input, { limitInputPixels: options.maxPixels }).metadata();
  } catch (error) {
    throw decodeFailure(error);
  }
  if (!DECODABLE.has(header.format ?? '')) {
    throw new MediaProcessingFailure('UNSUPPORTED_FORMAT', `Images in ${header.format ?? 'this'} format are not accepted.`);
  }
  assertPixelCount(header.width, header.height, options);
  return header;
}

async function renderImage(
  source: string,
  header: sharp.Metadata,
  workDir: string,
  options: MediaProcessingOptions,
  applyExifOrientation: boolean,
): Promise<ProcessedMedia> {
  const upright = applyExifOrientation ? header.autoOrient : { width: header.width, height: header.height };
  assertPixelCount(upright.width, upright.height, options);

  // One decode of the original (the costly part: JPEG shrink-on-load makes it cheap), to upright
  // sRGB pixels at most 1280 wide, kept in memory; the three renditions are encoded from them.
  // failOn 'error' accepts the harmless warnings phones often leave (extraneous bytes) but refuses
  // truncated or damaged data instead of serving a half-grey photo.
  let pixels: { data: Buffer; info: sharp.OutputInfo };
  try {
    let pipeline = sharp(source, { limitInputPixels: options.maxPixels, failOn: 'error' });
    if (applyExifOrientation) pipeline = pipeline.autoOrient();
    pixels = await pipeline
      // libvips has no clock of its own: a pathological file within the pixel limit must not hold the worker.
      .timeout({ seconds: Math.ceil(options.toolTimeoutMs / 1000) })
      .resize({ width: LARGE_WIDTH, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw decodeFailure(error);
  }

  const { width, height, channels } = pixels.info;
  const decoded = () => sharp(pixels.data, { raw: { width, height, channels } });
  const renditions = await Promise.all([
    write(decoded().resize({ width: SMALL_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }), workDir, 'w320', 'webp', 'image/webp'),
    write(decoded().webp({ quality: 80 }), workDir, 'w1280', 'webp', 'image/webp'),
    // JPEG has no transparency: a transparent PNG gets a white page behind it, not a black one.
    write(decoded().flatten({ background: '#ffffff' }).jpeg({ quality: 82, progressive: true }), workDir, 'jpeg', 'jpg', 'image/jpeg'),
  ]);
  return { renditions, metadata: { width: upright.width, height: upright.height } };
}

async function write(pipeline: sharp.Sharp, workDir: string, name: string, extension: string, contentType: string): Promise<RenditionFile> {
  const file = path.join(workDir, `${name}.${extension}`);
  const info = await pipeline.toFile(file);
  return { name, path: file, contentType, width: info.width, height: info.height };
}

function assertPixelCount(width: number | undefined, height: number | undefined, options: MediaProcessingOptions): void {
  if ((width ?? 0) * (height ?? 0) > options.maxPixels) {
    throw new MediaProcessingFailure('TOO_MANY_PIXELS', `This image is ${width}×${height} pixels, more than the ${Math.round(options.maxPixels / 1e6)} megapixels accepted.`);
  }
}

/**
 * What sharp says while reading an upload is about the upload: too big, not an image, or damaged.
 * Only a missing input or an exhausted machine is our problem, and goes up as it is.
 */
function decodeFailure(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new MediaProcessingFailure('TOO_MANY_PIXELS', 'This image has more pixels than accepted.');
  if (/input file is missing|out of memory|ENOMEM|ENOSPC|timeout/i.test(message)) return error instanceof Error ? error : new Error(message);
  if (/unsupported image format/i.test(message)) return new MediaProcessingFailure('UNSUPPORTED_FORMAT', 'This file is not an image we can read.');
  return new MediaProcessingFailure('CORRUPTED_FILE', 'This image is damaged or incomplete and cannot be read.');
}
