import { create, toBuffer } from 'qrcode';

/**
 * A card's QR code (decision 0010: `PC1.<account id>.<secret>`, a pupil's card login). Error correction M: a printed
 * card survives a fold or a smudge; a quiet zone of 4 modules, as the standard asks, so that a tablet's camera finds it.
 */
const OPTIONS = { errorCorrectionLevel: 'M' } as const;
export const QUIET_ZONE_MODULES = 4;

/** The dark modules of the code, row by row, for a vector drawing (crisp at any printer's resolution). */
export function qrModules(token: string): { size: number; dark: (row: number, column: number) => boolean } {
  const { modules } = create(token, OPTIONS);
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}

/**
 * The card's QR code alone as a PNG (its quiet zone included), `pixels` wide: what a camera sees of a card, for a
 * browser journey whose fake camera is fed the card (Chromium's `--use-file-for-fake-video-capture`).
 */
export function cardQrPng(token: string, pixels = 480): Promise<Buffer> {
  return toBuffer(token, { ...OPTIONS, type: 'png', margin: QUIET_ZONE_MODULES, width: pixels });
}

/**
 * The card held up to a camera, as a Y4M video (YUV 4:2:0, `frames` identical frames of `width` × `height`, the code
 * centred and `codePixels` wide on white): what Chromium's fake camera plays in a browser journey
 * (`--use-fake-device-for-media-stream --use-file-for-fake-video-capture=card.y4m`; it loops the file).
 */
export function cardQrY4m(token: string, options: { width?: number; height?: number; codePixels?: number; frames?: number } = {}): Buffer {
  const { width = 640, height = 480, codePixels = 360, frames = 5 } = options;
  if (width % 2 || height % 2) throw new Error('Y4M 4:2:0 wants even dimensions');
  const code = qrModules(token);
  const modules = code.size + 2 * QUIET_ZONE_MODULES;
  const scale = Math.max(1, Math.floor(codePixels / modules));
  const side = modules * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  // Luma: video white (235) everywhere, video black (16) on the dark modules.
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < code.size; row++) {
    for (let column = 0; column < code.size; column++) {
      if (!code.dark(row, column)) continue;
      const y0 = top + (row + QUIET_ZONE_MODULES) * scale;
      const x0 = left + (column + QUIET_ZONE_MODULES) * scale;
      for (let y = y0; y < y0 + scale; y++) luma.fill(16, y * width + x0, y * width + x0 + scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}
