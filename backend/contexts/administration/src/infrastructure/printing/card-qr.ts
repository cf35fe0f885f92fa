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
