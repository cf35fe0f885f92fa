import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { MediaProcessingFailure } from '../../application/ports/media-processor.port';
import type { MediaProcessingOptions } from './processing-options';
import { ToolFailedError, runTool } from './tools';

/**
 * sharp's prebuilt libvips decodes AVIF but not HEVC, and iPhones store photos as HEIC (HEVC):
 * Debian's heif-convert decodes them to a JPEG in the scratch folder. That JPEG still carries the
 * photo's EXIF, GPS included (heif-convert copies it): the caller must re-encode it through sharp,
 * which writes no metadata. libheif has already applied the container's rotation (irot/imir), so
 * the EXIF orientation, if any, must not be applied a second time.
 *
 * JPEG at quality 92 rather than PNG: about ten times faster here (0.3 s against 2.5 s for a 8.5 MP
 * photo, PNG compression being the cost), and the loss is invisible once scaled down to 1280 px.
 */
export async function convertHeifToJpeg(input: string, scratch: string, options: MediaProcessingOptions): Promise<string> {
  const output = path.join(scratch, 'heif.jpg');
  try {
    await runTool(options.tools.heifConvert, ['--quiet', '-q', '92', input, output], { timeoutMs: options.toolTimeoutMs, cwd: scratch });
  } catch (error) {
    // The header was readable (checked before), so a failed decode means damaged image data.
    if (error instanceof ToolFailedError) throw new MediaProcessingFailure('CORRUPTED_FILE', 'This HEIC photo is damaged and cannot be read.');
    throw error;
  }
  return pickFirstImage(scratch);
}

/**
 * A file with several top-level images (a burst) makes heif-convert write heif-1.jpg, heif-2.jpg...
 * instead of heif.jpg; like an animated GIF, we keep the first one.
 */
async function pickFirstImage(scratch: string): Promise<string> {
  const written = (await readdir(scratch))
    .map((name) => ({ name, match: /^heif(?:-(\d+))?\.jpg$/.exec(name) }))
    .filter((entry) => entry.match !== null)
    .sort((a, b) => Number(a.match?.[1] ?? 0) - Number(b.match?.[1] ?? 0));
  if (written.length === 0) throw new MediaProcessingFailure('CORRUPTED_FILE', 'This HEIC photo contains no readable image.');
  return path.join(scratch, written[0].name);
}
