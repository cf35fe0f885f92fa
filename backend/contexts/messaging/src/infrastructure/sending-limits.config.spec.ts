import { DEFAULT_SENDING_LIMITS } from '../domain';
import { sendingLimitsFromEnv } from './sending-limits.config';

describe('sendingLimitsFromEnv', () => {
  it('keeps the defaults of docs/product/access-rules.md when nothing is set', () => {
    expect(sendingLimitsFromEnv({})).toEqual(DEFAULT_SENDING_LIMITS);
  });

  it('reads each limit on its own', () => {
    const limits = sendingLimitsFromEnv({ PREAU_MESSAGING_PUPIL_MESSAGES: '5', PREAU_MESSAGING_ADULT_RECIPIENTS: '50', PREAU_MESSAGING_WINDOW_MINUTES: '15' });
    expect(limits).toEqual({ windowMinutes: 15, pupil: { messagesPerWindow: 5, recipientsPerMessage: 30 }, adult: { messagesPerWindow: 120, recipientsPerMessage: 50 } });
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses %s rather than leaving a school unprotected', (value) => {
    expect(() => sendingLimitsFromEnv({ PREAU_MESSAGING_PUPIL_MESSAGES: value })).toThrow(/PREAU_MESSAGING_PUPIL_MESSAGES must be a whole number/);
  });
});
