import { DEFAULT_SENDING_LIMITS, type SendingLimitsConfig } from '../domain';

/**
 * The limits against abuse, from the environment (docs/product/access-rules.md gives the defaults):
 * PREAU_MESSAGING_WINDOW_MINUTES, PREAU_MESSAGING_PUPIL_MESSAGES, PREAU_MESSAGING_PUPIL_RECIPIENTS,
 * PREAU_MESSAGING_ADULT_MESSAGES, PREAU_MESSAGING_ADULT_RECIPIENTS. A value that is not a whole number
 * above zero stops the process at start-up rather than leaving a school unprotected.
 */
export function sendingLimitsFromEnv(env: NodeJS.ProcessEnv): SendingLimitsConfig {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a whole number above zero (got "${raw}").`);
    return value;
  };
  const d = DEFAULT_SENDING_LIMITS;
  return {
    windowMinutes: read('PREAU_MESSAGING_WINDOW_MINUTES', d.windowMinutes),
    pupil: { messagesPerWindow: read('PREAU_MESSAGING_PUPIL_MESSAGES', d.pupil.messagesPerWindow), recipientsPerMessage: read('PREAU_MESSAGING_PUPIL_RECIPIENTS', d.pupil.recipientsPerMessage) },
    adult: { messagesPerWindow: read('PREAU_MESSAGING_ADULT_MESSAGES', d.adult.messagesPerWindow), recipientsPerMessage: read('PREAU_MESSAGING_ADULT_RECIPIENTS', d.adult.recipientsPerMessage) },
  };
}
