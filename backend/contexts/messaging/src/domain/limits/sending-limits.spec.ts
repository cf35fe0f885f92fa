import type { Role } from '@preau/contracts';
import { BusinessRuleViolation } from '@preau/kernel';
import { DEFAULT_SENDING_LIMITS, type SendAttempt, SendingLimits } from './sending-limits';

function refusal(fn: () => unknown): { code: string; details: Record<string, unknown> } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof BusinessRuleViolation) return { code: e.code, details: e.details };
    throw e;
  }
  return null;
}

const RATE = 'AnAccountStaysWithinItsSendRate';
const RECIPIENTS = 'AMessageStaysWithinItsRecipientLimit';

describe('SendingLimits with the defaults of docs/product/access-rules.md', () => {
  const limits = new SendingLimits();

  it.each([
    // pupils: 20 messages per 10 minutes, 30 recipients per message
    ['PUPIL', 0, 1, null],
    ['PUPIL', 19, 30, null],
    ['PUPIL', 20, 1, RATE],
    ['PUPIL', 500, 1, RATE],
    ['PUPIL', 0, 31, RECIPIENTS],
    ['PUPIL', 20, 31, RATE],
    // adults: 120 messages per 10 minutes, 300 recipients per message
    ['PARENT', 20, 31, null],
    ['TEACHER', 119, 300, null],
    ['TEACHER', 120, 1, RATE],
    ['TEACHER', 0, 301, RECIPIENTS],
    ['SCHOOL_ADMIN', 119, 300, null],
    ['SCHOOL_ADMIN', 0, 301, RECIPIENTS],
    ['ACADEMY_ADMIN', 120, 301, RATE],
  ] as [Role, number, number, string | null][])('%s having sent %d, writing to %d → %s', (senderRole, sentInWindow, recipientCount, rule) => {
    const attempt: SendAttempt = { senderRole, sentInWindow, recipientCount };
    expect(limits.brokenRule(attempt)?.name ?? null).toBe(rule);
    const refused = refusal(() => limits.check(attempt));
    if (rule === null) expect(refused).toBeNull();
    else expect(refused).toMatchObject({ code: 'RATE_LIMITED', details: { rule } });
  });

  it('says which limit was reached, so the client can tell the person', () => {
    expect(refusal(() => limits.check({ senderRole: 'PUPIL', sentInWindow: 20, recipientCount: 1 }))).toEqual({
      code: 'RATE_LIMITED',
      details: { rule: RATE, limit: 20, windowMinutes: 10 },
    });
    expect(refusal(() => limits.check({ senderRole: 'TEACHER', sentInWindow: 0, recipientCount: 301 }))).toEqual({
      code: 'RATE_LIMITED',
      details: { rule: RECIPIENTS, limit: 300 },
    });
  });

  it.each([
    ['PUPIL', DEFAULT_SENDING_LIMITS.pupil],
    ['PARENT', DEFAULT_SENDING_LIMITS.adult],
    ['TEACHER', DEFAULT_SENDING_LIMITS.adult],
    ['SCHOOL_ADMIN', DEFAULT_SENDING_LIMITS.adult],
    ['ACADEMY_ADMIN', DEFAULT_SENDING_LIMITS.adult],
  ] as const)('limitsFor(%s)', (role, expected) => {
    expect(limits.limitsFor(role)).toEqual(expected);
  });

  it('the defaults are those of docs/product/access-rules.md', () => {
    expect(DEFAULT_SENDING_LIMITS).toEqual({
      windowMinutes: 10,
      pupil: { messagesPerWindow: 20, recipientsPerMessage: 30 },
      adult: { messagesPerWindow: 120, recipientsPerMessage: 300 },
    });
  });
});

describe('SendingLimits configured', () => {
  const limits = new SendingLimits({ windowMinutes: 5, pupil: { messagesPerWindow: 2, recipientsPerMessage: 3 }, adult: { messagesPerWindow: 4, recipientsPerMessage: 5 } });

  it.each([
    ['PUPIL', 1, 3, null],
    ['PUPIL', 2, 3, RATE],
    ['PUPIL', 1, 4, RECIPIENTS],
    ['PARENT', 3, 5, null],
    ['PARENT', 4, 5, RATE],
    ['PARENT', 3, 6, RECIPIENTS],
  ] as [Role, number, number, string | null][])('%s having sent %d, writing to %d → %s', (senderRole, sentInWindow, recipientCount, rule) => {
    expect(limits.brokenRule({ senderRole, sentInWindow, recipientCount })?.name ?? null).toBe(rule);
  });

  it('reports the configured numbers', () => {
    expect(refusal(() => limits.check({ senderRole: 'PUPIL', sentInWindow: 2, recipientCount: 1 }))?.details).toEqual({ rule: RATE, limit: 2, windowMinutes: 5 });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a configuration with %p as a limit', (n) => {
    expect(() => new SendingLimits({ ...DEFAULT_SENDING_LIMITS, pupil: { messagesPerWindow: n, recipientsPerMessage: 30 } })).toThrow(RangeError);
    expect(() => new SendingLimits({ ...DEFAULT_SENDING_LIMITS, windowMinutes: n })).toThrow(RangeError);
  });
});
