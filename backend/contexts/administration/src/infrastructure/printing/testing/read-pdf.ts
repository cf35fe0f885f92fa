/**
 * Reading a PDF back as a person or a camera would, with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm): for
 * specs only (never imported by the application).
 */
import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'preau-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    await writeFile(path, pdf);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, pages separated by a form feed (pdftotext -layout keeps a line's words together). */
export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);
}

/** The fonts pdffonts lists: name (subset prefix removed), type, embedded. */
export function pdfFonts(pdf: Buffer): Promise<{ name: string; type: string; embedded: boolean }[]> {
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name type [type2] encoding emb sub uni object ID
        const [name] = columns;
        const tail = columns.slice(-5);
        return { name: name.replace(/^[A-Z]{6}\+/, ''), type: columns.slice(1, -6).join(' '), embedded: tail[0] === 'yes' };
      });
  });
}

export function pdfPageCount(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', [path]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  });
}

/**
 * Renders page `page` (1-based) in grey at `dpi`, as a printed sheet under a camera, and decodes the QR code on it
 * (zxing, as the class tablet's browser does); null when none is found.
 */
export function decodeQrOnPage(pdf: Buffer, page = 1, dpi = 100): Promise<string | null> {
  return withFile(pdf, async (path, dir) => {
    const out = join(dir, 'page');
    await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, out]);
    const pgm = await readFile(`${out}.pgm`);
    return decodeQr(pgm);
  });
}

/** A binary PGM (P5) image's QR code, or null. */
export function decodeQr(pgm: Buffer): string | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const [whole, width, height] = header;
  const pixels = new Uint8ClampedArray(pgm.subarray(whole.length, whole.length + Number(width) * Number(height)));
  return decodeLuma(pixels, Number(width), Number(height));
}

/** A grey image's QR code (one byte of luminance per pixel, row by row), or null. */
export function decodeLuma(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height)));
  try {
    return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
  } catch {
    return null;
  }
}
