import { z } from 'zod';
import { ARTICLE_STATUSES, ARTICLE_TITLE_MAX_CHARS, COMMENT_MAX_CHARS, FEEDBACK_MAX_CHARS } from './index';

/** Bodies are limited after sanitising by the domain (1 MiB); the raw input may carry a little more markup. */
const RAW_BODY_MAX_CHARS = 2 * 1024 * 1024;

export const createArticleRequestSchema = z
  .object({
    title: z.string().max(ARTICLE_TITLE_MAX_CHARS * 2),
    body: z.string().max(RAW_BODY_MAX_CHARS),
    mediaIds: z.array(z.uuid()).max(50).optional(),
    publish: z.boolean().optional(),
  })
  .strict();

export const updateArticleRequestSchema = z
  .object({
    title: z.string().max(ARTICLE_TITLE_MAX_CHARS * 2).optional(),
    body: z.string().max(RAW_BODY_MAX_CHARS).optional(),
    mediaIds: z.array(z.uuid()).max(50).optional(),
  })
  .strict();

export const listArticlesQuerySchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const sendBackRequestSchema = z.object({ feedback: z.string().max(FEEDBACK_MAX_CHARS * 2) }).strict();

export const commentRequestSchema = z.object({ body: z.string().max(COMMENT_MAX_CHARS * 2) }).strict();
