import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The DejaVu fonts the PDFs embed (every accent of French names, apostrophes, hyphens: "Zoé N'DIAYE", "Anaïs
 * Lefèvre-Brûlé"). Found at run time, never bundled: a built app first looks beside its bundle (`assets/fonts/`, when
 * the build copies them there), then in `node_modules/dejavu-fonts-ttf` (present in a production install, a dependency
 * like any other). `__non_webpack_require__` is the real Node `require` under webpack (the bundle's own would try to
 * resolve the file at build time); in plain Node and in tests it is absent and `require` is the real one.
 */
declare const __non_webpack_require__: NodeJS.Require | undefined;

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

function nodeRequire(): NodeJS.Require {
  return typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
}

/** Where one font file is, or an error naming where it was looked for (a deployment without its fonts fails loudly). */
export function fontPath(file: string): string {
  const beside = join(__dirname, 'assets', 'fonts', file);
  if (existsSync(beside)) return beside;
  try {
    return nodeRequire().resolve(`dejavu-fonts-ttf/ttf/${file}`);
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
