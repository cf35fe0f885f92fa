import type { Role } from '@preau/contracts';
import type { BusinessRule } from '@preau/kernel';
import { checkRuleWithDetails, type RuleWithDetails } from '../rule-details';
import { aMessageStaysWithinItsRecipientLimit, anAccountStaysWithinItsSendRate } from './rules';

export interface AccountLimits {
  /** Messages an account sends per window. */
  readonly messagesPerWindow: number;
  /** People one message goes to. */
  readonly recipientsPerMessage: number;
}

/** The limits against abuse (docs/product/access-rules.md): a hijacked pupil account must not flood a school. */
export interface SendingLimitsConfig {
  readonly windowMinutes: number;
  readonly pupil: AccountLimits;
  /** Every other role: parents, teachers, administrators. */
  readonly adult: AccountLimits;
}

export const DEFAULT_SENDING_LIMITS: SendingLimitsConfig = {
  windowMinutes: 10,
  pupil: { messagesPerWindow: 20, recipientsPerMessage: 30 },
  adult: { messagesPerWindow: 120, recipientsPerMessage: 300 },
};

export interface SendAttempt {
  readonly senderRole: Role;
  /** Messages the account sent in the last `windowMinutes` (the store of the application counts them). */
  readonly sentInWindow: number;
  /** People the message would go to. */
  readonly recipientCount: number;
}

/**
 * Whether one more message may be sent, asked before anything is: the application counts, this
 * policy decides, and a refusal answers 429 RATE_LIMITED (details: `rule`, `limit`, and for the send
 * rate `windowMinutes`). Replies count like any message.
 */
export class SendingLimits {
  constructor(readonly config: SendingLimitsConfig = DEFAULT_SENDING_LIMITS) {
    const numbers = [config.windowMinutes, config.pupil.messagesPerWindow, config.pupil.recipientsPerMessage, config.adult.messagesPerWindow, config.adult.recipientsPerMessage];
    if (!numbers.every((n) => Number.isInteger(n) && n > 0)) throw new RangeError('Sending limits are whole numbers above zero.');
  }

  limitsFor(role: Role): AccountLimits {
    return role === 'PUPIL' ? this.config.pupil : this.config.adult;
  }

  /** The first rule the attempt breaks (the send rate, then the recipients), or null when it may go. */
  brokenRule(attempt: SendAttempt): BusinessRule | null {
    return this.rules(attempt).find((r) => r.isBroken()) ?? null;
  }

  /** Throws RATE_LIMITED naming the first broken rule, or does nothing. */
  check(attempt: SendAttempt): void {
    for (const r of this.rules(attempt)) checkRuleWithDetails(r);
  }

  private rules(attempt: SendAttempt): RuleWithDetails[] {
    const limits = this.limitsFor(attempt.senderRole);
    return [
      anAccountStaysWithinItsSendRate(attempt.sentInWindow, limits.messagesPerWindow, this.config.windowMinutes),
      aMessageStaysWithinItsRecipientLimit(attempt.recipientCount, limits.recipientsPerMessage),
    ];
  }
}
