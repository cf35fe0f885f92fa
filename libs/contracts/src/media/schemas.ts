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

export const renameMediaRequestSchema = z.object({ title: z.string().trim().min(1).max(200) }).strict();

export const listMediaQuerySchema = z.object({
  scope: z
    .string()
    .regex(/^(mine|class:[0-9a-f-]{36})$/i, 'scope is "mine" or "class:<classId>"')
    .default('mine'),
  q: z.string().trim().max(100).optional(),
  kind: z.enum(MEDIA_KINDS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const shareMediaRequestSchema = z.object({ mediaId: z.uuid() }).strict();
