import { z } from 'zod';
import type { ActivateAccountRequest, CardLoginRequest, ChangePasswordRequest, LoginRequest } from './index';

export const loginRequestSchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
}) satisfies z.ZodType<LoginRequest>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
}) satisfies z.ZodType<ChangePasswordRequest>;

export const activateAccountRequestSchema = z
  .object({
    code: z.string().trim().min(1).max(40),
    password: z.string().min(10).max(200),
    email: z.email().max(200).optional(),
  })
  .strict() satisfies z.ZodType<ActivateAccountRequest>;

export const cardLoginRequestSchema = z.object({ token: z.string().trim().min(1).max(200) }).strict() satisfies z.ZodType<CardLoginRequest>;
