export type AuthorRole = 'PUPIL' | 'TEACHER';
export type ArticleStatus = 'draft' | 'submitted' | 'published';

export const TITLE_MAX_CHARS = 200;
/** 1 MiB of UTF-8 once sanitised (the sanitiser runs before the domain sees the body). */
export const BODY_MAX_BYTES = 1024 * 1024;
export const MEDIA_MAX_ITEMS = 50;
export const FEEDBACK_MAX_CHARS = 2000;

/** Size of a string once encoded as UTF-8, without allocating the encoded copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // includes a lone surrogate, which UTF-8 encoders replace by U+FFFD (3 bytes)
  }
  return bytes;
}
