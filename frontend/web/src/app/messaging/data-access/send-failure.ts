import { errorMessageKey, problemOf, retryAfterMinutes } from '../../shared/http/problem';

/** The rule named by a 429 that is about the number of recipients, not the sending pace. */
export const RECIPIENT_LIMIT_RULE = 'AMessageStaysWithinItsRecipientLimit';

/**
 * Why a message was not sent, in words for the sender (a translation key and its parameters), and
 * what the form must point at: the recipients refused or switched off, the fields at fault.
 */
export interface SendFailure {
  key: string;
  params?: Record<string, string | number>;
  /** Set when the text is counted: the key then has `.one` / `.other` forms. */
  count?: number;
  code: string | null;
  /** RECIPIENT_NOT_ALLOWED: those the sender may not write to. */
  refused: string[];
  /** MODULE_DISABLED: recipients whose messaging is switched off (empty: the sender's own). */
  switchedOff: string[];
  /** VALIDATION_FAILED: the fields at fault (`subject`, `body`, `recipientIds`, `attachmentIds`…). */
  fields: string[];
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The failure of a send, a reply or a draft save, from the API's problem (or its absence). */
export function sendFailureOf(error: unknown): SendFailure {
  const problem = problemOf(error);
  const code = problem?.code ?? null;
  const base: SendFailure = { key: errorMessageKey(error), code, refused: [], switchedOff: [], fields: [] };
  switch (code) {
    case 'RECIPIENT_NOT_ALLOWED': {
      const refused = ids(problem?.['refused']);
      return { ...base, key: 'messaging.errors.recipientNotAllowed', params: { count: refused.length }, count: refused.length, refused };
    }
    case 'RATE_LIMITED': {
      const limit = problem?.['limit'];
      if (problem?.['rule'] === RECIPIENT_LIMIT_RULE && typeof limit === 'number') {
        return { ...base, key: 'messaging.errors.tooManyRecipients', params: { limit } };
      }
      const minutes = retryAfterMinutes(error);
      return minutes === null
        ? { ...base, key: 'messaging.errors.rateLimitedSoon' }
        : { ...base, key: 'messaging.errors.rateLimited', params: { minutes } };
    }
    case 'MODULE_DISABLED': {
      const switchedOff = ids(problem?.['switchedOff']);
      return switchedOff.length
        ? { ...base, key: 'messaging.errors.recipientsSwitchedOff', params: { count: switchedOff.length }, count: switchedOff.length, switchedOff }
        : { ...base, key: 'messaging.errors.switchedOff' };
    }
    case 'VALIDATION_FAILED': {
      const errors = Array.isArray(problem?.errors) ? problem.errors : [];
      return { ...base, fields: errors.map((e) => String(e.field ?? '')).filter(Boolean) };
    }
    default:
      return base;
  }
}
