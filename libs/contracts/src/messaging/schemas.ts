import { z } from 'zod';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_BODY_MAX_CHARS, MESSAGE_SUBJECT_MAX_CHARS, MESSAGING_FOLDERS, MODERATION_NOTE_MAX_CHARS } from './index';

/**
 * The shapes of messaging requests. Lengths are checked by the domain (in characters as a person counts
 * them); these bounds only stop absurd payloads early. Recipient lists are bounded far above the per-role
 * limits, which answer 429 RATE_LIMITED with the limit.
 */
const ids = (max: number) => z.array(z.uuid()).max(max);

/**
 * Text as a person types it: any characters but NUL (which PostgreSQL cannot store) and half of a surrogate pair
 * (which could not be returned exactly as written).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000') && !LONE_SURROGATE.test(value), { message: 'Contains characters that are not text.' });

export const startConversationRequestSchema = z
  .object({
    recipientIds: ids(5000),
    subject: text(MESSAGE_SUBJECT_MAX_CHARS * 2),
    body: text(MESSAGE_BODY_MAX_CHARS * 4),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX * 2).optional(),
    draftId: z.uuid().optional(),
  })
  .strict();

export const replyRequestSchema = z
  .object({
    body: text(MESSAGE_BODY_MAX_CHARS * 4),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX * 2).optional(),
    to: ids(5000).optional(),
  })
  .strict();

export const saveDraftRequestSchema = z
  .object({
    // A draft holds at most what could be sent: the adults' recipient limit, a subject of 200 characters (emoji count one).
    recipientIds: ids(300).optional(),
    subject: text(MESSAGE_SUBJECT_MAX_CHARS * 2).optional(),
    body: text(MESSAGE_BODY_MAX_CHARS).optional(),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX).optional(),
  })
  .strict();

export const listConversationsQuerySchema = z.object({
  folder: z.enum(MESSAGING_FOLDERS).default('inbox'),
  q: text(100).trim().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(25),
});

export const recipientsQuerySchema = z.object({ q: text(100).trim().optional() });

export const refuseMessageRequestSchema = z.object({ note: text(MODERATION_NOTE_MAX_CHARS * 2) }).strict();

export const reportMessageRequestSchema = z.object({ reason: text(MODERATION_NOTE_MAX_CHARS * 2).optional() }).strict();
