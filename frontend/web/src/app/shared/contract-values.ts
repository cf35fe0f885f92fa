import type { CommentModeration, ErrorCode, ModuleName } from '@preau/contracts';

/*
 * The few runtime values of @preau/contracts the web app needs, mirrored here.
 * Why: importing any value from the contracts barrel also evaluates its zod request schemas, which
 * puts all of zod (~450 kB) in the initial bundle. Types still come from the contracts, the
 * `Exactly` checks below fail the build when a list there changes, and contract-values.spec.ts
 * compares these lists with the contracts' own values.
 */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const MODULES = ['blog', 'messaging', 'media', 'homework', 'liaison', 'calendar'] as const satisfies readonly ModuleName[];
export const COMMENT_MODERATION = ['held', 'immediate', 'off'] as const satisfies readonly CommentModeration[];
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'MODULE_DISABLED',
  'RECIPIENT_NOT_ALLOWED',
  'RATE_LIMITED',
  'QUOTA_EXCEEDED',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'INVALID_CREDENTIALS',
  'ACCOUNT_BLOCKED',
  'CSRF_TOKEN_INVALID',
  'CONFLICT',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const satisfies readonly ErrorCode[];

export const CONTRACT_LISTS_ARE_COMPLETE: [
  Exactly<(typeof MODULES)[number], ModuleName>,
  Exactly<(typeof COMMENT_MODERATION)[number], CommentModeration>,
  Exactly<(typeof ERROR_CODES)[number], ErrorCode>,
] = [true, true, true];
