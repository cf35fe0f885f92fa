import { z } from 'zod';
import { MEDIA_KINDS } from './index';

export const createLinkRequestSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, message: 'Only http and https links are accepted' })
      .max(2000),
    title: z.string().trim().min(1).max(200),
  })
  .strict();

export const updateMediaRequestSchema = z
  .object({ title: z.string().trim().min(1).max(200).optional(), folderId: z.uuid().nullable().optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Give a title or a folder' });

export const folderRequestSchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();

export const listMediaQuerySchema = z.object({
  scope: z
    .string()
    .regex(/^(mine|class:[0-9a-f-]{36})$/i, 'scope is "mine" or "class:<classId>"')
    .default('mine'),
  q: z.string().trim().max(100).optional(),
  kind: z.enum(MEDIA_KINDS).optional(),
  /** With scope=mine: the items of one folder (`root` for those in none). */
  folderId: z.union([z.uuid(), z.literal('root')]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const shareMediaRequestSchema = z.object({ mediaId: z.uuid() }).strict();
