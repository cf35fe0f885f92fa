import { z } from 'zod';
import type { ChangePasswordRequest, LoginRequest } from './index';

export const loginRequestSchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
}) satisfies z.ZodType<LoginRequest>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
}) satisfies z.ZodType<ChangePasswordRequest>;
