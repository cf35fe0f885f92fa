import { z } from 'zod';
import {
  COMMENT_MODERATION,
  type CreateClassRequest,
  type CreateSchoolRequest,
  type CreateStaffRequest,
  MODULES,
  type ModuleName,
  type MovePupilsRequest,
  SCHOOL_LEVELS,
  type SchoolAddress,
  type UpdateClassRequest,
  type UpdateSchoolRequest,
} from './index';

const moduleFlags = Object.fromEntries(MODULES.map((m) => [m, z.boolean().optional()])) as Record<
  ModuleName,
  z.ZodOptional<z.ZodBoolean>
>;

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

export const createGroupRequestSchema = z
  .object({ name: z.string().trim().min(1).max(100), pupilIds: z.array(z.uuid()).max(60).default([]) })
  .strict();

export const updateGroupRequestSchema = z
  .object({ name: z.string().trim().min(1).max(100).optional(), pupilIds: z.array(z.uuid()).max(60).optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Give a name or pupils' });

// ---- administration of structures (issue 11) ----

const name200 = z.string().trim().min(1).max(200);
/** 7 characters (digits; Corsica's departments are written 620/720) and a check letter, checked by the domain. */
export const uaiSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{7}[A-Z]$/, 'A UAI is 7 digits and a letter, e.g. 0750654D');
export const schoolAddressSchema = z
  .object({
    street: z.string().trim().min(1).max(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^[0-9]{5}$/, 'A French postal code is 5 digits'),
    city: z.string().trim().min(1).max(100),
  })
  .strict() satisfies z.ZodType<SchoolAddress>;

export const createSchoolRequestSchema = z
  .object({ name: name200, uai: uaiSchema, address: schoolAddressSchema.optional(), directorId: z.uuid().optional() })
  .strict() satisfies z.ZodType<CreateSchoolRequest>;

export const updateSchoolRequestSchema = z
  .object({
    name: name200.optional(),
    uai: uaiSchema.optional(),
    address: schoolAddressSchema.nullable().optional(),
    directorIds: z.array(z.uuid()).max(5).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Give at least one field to change',
  }) satisfies z.ZodType<UpdateSchoolRequest>;

const levels = z
  .array(z.enum(SCHOOL_LEVELS))
  .min(1, 'A class has one level, or two')
  .max(2, 'A class has one level, or two')
  .refine((l) => new Set(l).size === l.length, { message: 'A level is given twice' });

export const createClassRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    levels,
    schoolYearId: z
      .string()
      .regex(/^[0-9]{4}-[0-9]{4}$/)
      .optional(),
    teacherIds: z.array(z.uuid()).max(5).default([]),
  })
  .strict() satisfies z.ZodType<CreateClassRequest>;

export const updateClassRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    levels: levels.optional(),
    teacherIds: z.array(z.uuid()).max(5).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Give at least one field to change',
  }) satisfies z.ZodType<UpdateClassRequest>;

export const movePupilsRequestSchema = z
  .object({ pupilIds: z.array(z.uuid()).min(1).max(200) })
  .strict() satisfies z.ZodType<MovePupilsRequest>;

export const createStaffRequestSchema = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    role: z.enum(['TEACHER', 'SCHOOL_ADMIN']),
    email: z.email().max(200).optional(),
  })
  .strict() satisfies z.ZodType<CreateStaffRequest>;
