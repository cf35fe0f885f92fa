/**
 * ONDE's text: the extractions come in Windows-1252 (the default export) or UTF-8 with a byte-order mark. A strict
 * UTF-8 decode decides: valid UTF-8 is UTF-8 (with or without a BOM), anything else is Windows-1252, so that no
 * accent is ever mangled (docs/decisions/0010).
 */
export function decodeOnde(file: Buffer): string {
  if (file.length >= 3 && file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
}

/** For comparing names and headers: no accents, lower case, spaces for anything else. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The register writes family names in capitals ("N'DIAYE", "DUPONT-MOREAU"); people are shown as "N'Diaye",
 * "Dupont-Moreau". A name already in mixed case is kept as typed.
 */
export function nameCase(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
