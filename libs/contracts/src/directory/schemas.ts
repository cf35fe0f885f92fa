import { z } from 'zod';
import { COMMENT_MODERATION, MODULES, type ModuleName } from './index';

const moduleFlags = Object.fromEntries(MODULES.map((m) => [m, z.boolean().optional()])) as Record<ModuleName, z.ZodOptional<z.ZodBoolean>>;

export const switchModulesRequestSchema = z
  .object(moduleFlags)
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'At least one module is required' });

export const changeSettingsRequestSchema = z
  .object({
    commentModeration: z.enum(COMMENT_MODERATION).optional(),
    holdPupilMessages: z.boolean().optional(),
    shareBlogWithPartners: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'At least one setting is required' });

export const schoolSwitchesRequestSchema = z.object(moduleFlags).strict();

export const requestPartnershipSchema = z.object({ partnerClassId: z.uuid() }).strict();

export const createGroupRequestSchema = z.object({ name: z.string().trim().min(1).max(100), pupilIds: z.array(z.uuid()).max(60).default([]) }).strict();

export const updateGroupRequestSchema = z
  .object({ name: z.string().trim().min(1).max(100).optional(), pupilIds: z.array(z.uuid()).max(60).optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Give a name or pupils' });
