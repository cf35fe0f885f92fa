/** Stable error codes of the public API (docs/product/api-conventions.md). Never rename one: clients switch on them. */
export const ErrorCodes = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  MODULE_DISABLED: 'MODULE_DISABLED',
  RECIPIENT_NOT_ALLOWED: 'RECIPIENT_NOT_ALLOWED',
  RATE_LIMITED: 'RATE_LIMITED',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_BLOCKED: 'ACCOUNT_BLOCKED',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  CONFLICT: 'CONFLICT',
  MEDIA_IN_USE: 'MEDIA_IN_USE',
  LINK_EXPIRED: 'LINK_EXPIRED',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** RFC 9457 problem details, as every error of the API is answered. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode | string;
  /** On VALIDATION_FAILED: the fields at fault. */
  errors?: { field: string; message: string }[];
  /** Extra, code-specific facts (e.g. the refused recipient ids). */
  [extension: string]: unknown;
}
