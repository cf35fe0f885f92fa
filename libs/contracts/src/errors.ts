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
  /** After a reset by an administrator: every route but POST /auth/password, GET /me and POST /auth/logout (403). */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** POST /auth/activate: no pending account has this code (wrong, already used, or replaced) (400). */
  ACTIVATION_CODE_INVALID: 'ACTIVATION_CODE_INVALID',
  /** POST /auth/activate: the code's 60 days are over; the school gives a new one (410). */
  ACTIVATION_CODE_EXPIRED: 'ACTIVATION_CODE_EXPIRED',
  /** POST /auth/card: not a pupil's current card (401). */
  CARD_INVALID: 'CARD_INVALID',
  /** An ONDE import file lacks a column its kind needs; `details.columns` names them (400). */
  ONDE_COLUMN_MISSING: 'ONDE_COLUMN_MISSING',
  /** An import file that is not `;`-separated text: binary, empty, no `;` in its header (400). */
  ONDE_NOT_CSV: 'ONDE_NOT_CSV',
  /** A CSV whose header is neither ONDE extraction, pupils or guardians (400). */
  ONDE_UNKNOWN_FORMAT: 'ONDE_UNKNOWN_FORMAT',
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
