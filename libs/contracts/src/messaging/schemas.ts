import { z } from 'zod';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_BODY_MAX_CHARS, MESSAGE_SUBJECT_MAX_CHARS, MESSAGING_FOLDERS, MODERATION_NOTE_MAX_CHARS } from './index';

/**
 * The shapes of messaging requests. Lengths are checked by the domain (in characters as a person counts
 * them); these bounds only stop absurd payloads early. Recipient lists are bounded far above the per-role
 * limits, which answer 429 RATE_LIMITED with the limit.
 */
const ids = (max: number) => z.array(z.uuid()).max(max);

export const startConversationRequestSchema = z
  .object({
    recipientIds: ids(5000),
    subject: z.string().max(MESSAGE_SUBJECT_MAX_CHARS * 2),
    body: z.string().max(MESSAGE_BODY_MAX_CHARS * 4),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX * 2).optional(),
    draftId: z.uuid().optional(),
  })
  .strict();

export const replyRequestSchema = z
  .object({
    body: z.string().max(MESSAGE_BODY_MAX_CHARS * 4),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX * 2).optional(),
    to: ids(5000).optional(),
  })
  .strict();

export const saveDraftRequestSchema = z
  .object({
    recipientIds: ids(5000).optional(),
    subject: z.string().max(MESSAGE_SUBJECT_MAX_CHARS).optional(),
    body: z.string().max(MESSAGE_BODY_MAX_CHARS * 4).optional(),
    attachmentIds: ids(MESSAGE_ATTACHMENTS_MAX).optional(),
  })
  .strict();

export const listConversationsQuerySchema = z.object({
  folder: z.enum(MESSAGING_FOLDERS).default('inbox'),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(25),
});

export const recipientsQuerySchema = z.object({ q: z.string().trim().max(100).optional() });

export const refuseMessageRequestSchema = z.object({ note: z.string().max(MODERATION_NOTE_MAX_CHARS * 2) }).strict();

export const reportMessageRequestSchema = z.object({ reason: z.string().max(MODERATION_NOTE_MAX_CHARS * 2).optional() }).strict();
