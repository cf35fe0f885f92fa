import { Injectable } from '@nestjs/common';
import type { MediaKind } from '@preau/contracts';
import { open } from 'node:fs/promises';
import type { ContentSniffer } from '../application/ports/content-sniffer.port';

type FileTypeModule = { fileTypeFromFile(path: string): Promise<{ mime: string; ext: string } | undefined> };
// file-type is ESM-only: a native import() that neither TypeScript nor webpack rewrites into require().
const importNative = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<FileTypeModule>;

/** The allowlist: what the library accepts, by the type read from the content. */
const ACCEPTED: Record<string, Exclude<MediaKind, 'link'>> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/tiff': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'image/heic-sequence': 'image',
  'image/heif-sequence': 'image',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'video/x-matroska': 'video',
  'video/3gpp': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/aac': 'audio',
  'audio/aacp': 'audio',
  'audio/ogg': 'audio',
  'audio/opus': 'audio',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'audio/vnd.wave': 'audio',
  'audio/flac': 'audio',
  'audio/x-flac': 'audio',
  'application/pdf': 'document',
  'application/vnd.oasis.opendocument.text': 'document',
  'application/vnd.oasis.opendocument.spreadsheet': 'document',
  'application/vnd.oasis.opendocument.presentation': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'document',
  'application/msword': 'document',
  'application/vnd.ms-excel': 'document',
  'application/vnd.ms-powerpoint': 'document',
  'application/x-cfb': 'document',
};

/**
 * Reads the real type from the first bytes (file-type's magic numbers). Plain UTF-8 text is accepted as
 * text/plain unless it looks like markup (HTML, SVG, XML): those are refused, never stored to be served.
 */
@Injectable()
export class FileTypeContentSniffer implements ContentSniffer {
  private module?: Promise<FileTypeModule>;

  async sniff(path: string): Promise<{ mimeType: string; kind: Exclude<MediaKind, 'link'> } | null> {
    this.module ??= importNative('file-type');
    const detected = await (await this.module).fileTypeFromFile(path);
    if (detected) {
      const kind = ACCEPTED[detected.mime];
      return kind ? { mimeType: detected.mime === 'application/x-cfb' ? 'application/msword' : detected.mime, kind } : null;
    }
    return (await looksLikePlainText(path)) ? { mimeType: 'text/plain', kind: 'document' } : null;
  }
}

async function looksLikePlainText(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    if (bytesRead === 0) return false;
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    let text: string;
    try {
      // A multi-byte character cut at the end of the sample is not a reason to refuse.
      text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, bytesRead === 8192 ? bytesRead - 4 : bytesRead));
    } catch {
      return false;
    }
    return !/^\s*</.test(text.replace(/^\uFEFF/, ''));
  } finally {
    await handle.close();
  }
}
