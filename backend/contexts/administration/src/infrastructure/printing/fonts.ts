import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The DejaVu fonts the PDFs embed (every accent of French names, apostrophes, hyphens: "Zoé N'DIAYE", "Anaïs
 * Lefèvre-Brûlé"). Found at run time, never bundled: a built API finds them beside its bundle (`assets/fonts/`, copied
 * there by backend/api/webpack.config.js with their licence); from the sources (tests, `nx serve`) they come from the
 * `dejavu-fonts-ttf` package, resolved by Node's own `require` (`createRequire`: webpack leaves it alone).
 */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

/** Where one font file is, or an error naming where it was looked for (a deployment without its fonts fails loudly). */
export function fontPath(file: string): string {
  const beside = join(__dirname, 'assets', 'fonts', file);
  if (existsSync(beside)) return beside;
  try {
    return createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${file}`);
  } catch {
    throw new Error(`font ${file} not found: neither ${beside} nor the dejavu-fonts-ttf package`);
  }
}

let loaded: Record<FontName, Buffer> | null = null;

/** The font files' bytes, read once per process. */
export function fonts(): Record<FontName, Buffer> {
  loaded ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(fontPath(file))]),
  ) as Record<FontName, Buffer>;
  return loaded;
}
