import { rule } from '@preau/kernel';
import { type RuleWithDetails, withDetails } from '../../rule-details';

/**
 * An account sends at most `limit` messages per window (pupils 20, adults 120 per 10 minutes by
 * default). `sentInWindow` counts those already sent, so the one being sent is refused when it would
 * be one too many. (RATE_LIMITED, with the limit and the window)
 */
export const anAccountStaysWithinItsSendRate = (sentInWindow: number, limit: number, windowMinutes: number): RuleWithDetails =>
  withDetails(
    rule('AnAccountStaysWithinItsSendRate', 'RATE_LIMITED', `At most ${limit} messages every ${windowMinutes} minutes.`, () => sentInWindow >= limit),
    { limit, windowMinutes },
  );
