import { rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import sharp = require('sharp');
import { MediaProcessingFailure, type ProcessedMedia } from '../../application/ports/media-processor.port';
import type { MediaProcessingOptions } from './processing-options';
import { ToolFailedError, runTool } from './tools';

/**
 * PDFs get a preview of their first page and a page count. Other documents (OpenDocument, Office,
 * plain text) are served as downloads and need nothing from us: rendering them would mean running an
 * office suite on untrusted files for a thumbnail.
 */
export async function processDocument(input: string, mimeType: string, workDir: string, options: MediaProcessingOptions): Promise<ProcessedMedia> {
  if (mimeType !== 'application/pdf') return { renditions: [], metadata: {} };

  const pages = await countPages(input, options);
  // Locked with a password: not damaged, the reader may know the password; it simply gets no preview.
  if (pages === 'locked') return { renditions: [], metadata: {} };
  // -scale-to bounds the longest side whatever page size the PDF claims (a 200-inch page stays 1280 px).
  const prefix = path.join(workDir, 'preview');
  const preview = `${prefix}.png`;
  try {
    await runTool(options.tools.pdftoppm, ['-png', '-f', '1', '-l', '1', '-scale-to', '1280', '-singlefile', input, prefix], {
      timeoutMs: options.toolTimeoutMs,
    });
  } catch (error) {
    await rm(preview, { force: true });
    if (error instanceof ToolFailedError) throw pdfFailure();
    throw error;
  }
  const written = await stat(preview).then((s) => s.size > 0, () => false);
  if (!written) throw new MediaProcessingFailure('CORRUPTED_FILE', 'The first page of this PDF cannot be drawn.');
  const { width, height } = await sharp(preview).metadata();
  return { renditions: [{ name: 'preview', path: preview, contentType: 'image/png', width, height }], metadata: { pages } };
}

async function countPages(input: string, options: MediaProcessingOptions): Promise<number | 'locked'> {
  let stdout: string;
  try {
    ({ stdout } = await runTool(options.tools.pdfinfo, [input], { timeoutMs: options.toolTimeoutMs, maxStdoutBytes: 256 * 1024 }));
  } catch (error) {
    if (error instanceof ToolFailedError && /password/i.test(error.stderr)) return 'locked';
    if (error instanceof ToolFailedError) throw pdfFailure();
    throw error;
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  if (!Number.isInteger(pages) || pages < 1) throw new MediaProcessingFailure('CORRUPTED_FILE', 'This PDF has no readable page.');
  return pages;
}

function pdfFailure(): MediaProcessingFailure {
  return new MediaProcessingFailure('CORRUPTED_FILE', 'This PDF is damaged and cannot be read.');
}
