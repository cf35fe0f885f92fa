import { rule } from '@preau/kernel';
import { type RuleWithDetails, withDetails } from '../../rule-details';

/** A message goes to at most `limit` people (pupils 30, adults 300 by default). (RATE_LIMITED, with the limit) */
export const aMessageStaysWithinItsRecipientLimit = (recipientCount: number, limit: number): RuleWithDetails =>
  withDetails(
    rule('AMessageStaysWithinItsRecipientLimit', 'RATE_LIMITED', `At most ${limit} recipients per message.`, () => recipientCount > limit),
    { limit },
  );
