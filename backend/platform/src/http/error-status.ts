import { ErrorCodes } from '@preau/contracts';

/** The one map from stable error codes to HTTP statuses (docs/product/api-conventions.md). */
const STATUS: Record<string, number> = {
  [ErrorCodes.VALIDATION_FAILED]: 400,
  [ErrorCodes.UNAUTHENTICATED]: 401,
  [ErrorCodes.INVALID_CREDENTIALS]: 401,
  [ErrorCodes.FORBIDDEN]: 403,
  [ErrorCodes.MODULE_DISABLED]: 403,
  [ErrorCodes.RECIPIENT_NOT_ALLOWED]: 403,
  [ErrorCodes.ACCOUNT_BLOCKED]: 403,
  [ErrorCodes.CSRF_TOKEN_INVALID]: 403,
  [ErrorCodes.NOT_FOUND]: 404,
  [ErrorCodes.CONFLICT]: 409,
  [ErrorCodes.MEDIA_IN_USE]: 409,
  [ErrorCodes.LINK_EXPIRED]: 403,
  [ErrorCodes.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCodes.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCodes.RATE_LIMITED]: 429,
  [ErrorCodes.INTERNAL_ERROR]: 500,
  [ErrorCodes.SERVICE_UNAVAILABLE]: 503,
  [ErrorCodes.QUOTA_EXCEEDED]: 507,
  [ErrorCodes.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCodes.ACTIVATION_CODE_INVALID]: 400,
  [ErrorCodes.ACTIVATION_CODE_EXPIRED]: 410,
  [ErrorCodes.CARD_INVALID]: 401,
  [ErrorCodes.ONDE_COLUMN_MISSING]: 400,
  [ErrorCodes.ONDE_NOT_CSV]: 400,
  [ErrorCodes.ONDE_UNKNOWN_FORMAT]: 400,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

export function statusOf(code: string): number {
  return STATUS[code] ?? 400;
}

export function titleOf(status: number): string {
  return TITLES[status] ?? 'Error';
}

/** A code for a bare HTTP status (framework errors that carry no domain code). */
export function codeOfStatus(status: number): string {
  const found = Object.entries(STATUS).find(
    ([code, s]) => s === status && code !== ErrorCodes.INVALID_CREDENTIALS && code !== ErrorCodes.MODULE_DISABLED,
  );
  if (found) return found[0];
  return status >= 500
    ? ErrorCodes.INTERNAL_ERROR
    : status === 405
      ? 'METHOD_NOT_ALLOWED'
      : ErrorCodes.VALIDATION_FAILED;
}
