import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { sendFailureOf } from './send-failure';

const refusal = (status: number, body: Record<string, unknown>, headers?: HttpHeaders) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 'x', status, ...body }, headers });

describe('sendFailureOf', () => {
  it('names the refused recipients', () => {
    const failure = sendFailureOf(refusal(403, { code: 'RECIPIENT_NOT_ALLOWED', refused: ['a', 'b', 3] }));
    expect(failure).toMatchObject({ key: 'messaging.errors.recipientNotAllowed', count: 2, refused: ['a', 'b'], code: 'RECIPIENT_NOT_ALLOWED' });
  });

  it('says when sending is possible again, from Retry-After', () => {
    const failure = sendFailureOf(refusal(429, { code: 'RATE_LIMITED', rule: 'AnAccountStaysWithinItsSendRate' }, new HttpHeaders({ 'Retry-After': '290' })));
    expect(failure).toMatchObject({ key: 'messaging.errors.rateLimited', params: { minutes: 5 } });
    expect(sendFailureOf(refusal(429, { code: 'RATE_LIMITED' })).key).toBe('messaging.errors.rateLimitedSoon');
  });

  it('tells the recipient limit apart from the sending pace', () => {
    const failure = sendFailureOf(refusal(429, { code: 'RATE_LIMITED', rule: 'AMessageStaysWithinItsRecipientLimit', limit: 30 }));
    expect(failure).toMatchObject({ key: 'messaging.errors.tooManyRecipients', params: { limit: 30 } });
  });

  it('says messaging is switched off, for everyone or for some recipients', () => {
    expect(sendFailureOf(refusal(403, { code: 'MODULE_DISABLED' })).key).toBe('messaging.errors.switchedOff');
    expect(sendFailureOf(refusal(403, { code: 'MODULE_DISABLED', switchedOff: ['z'] }))).toMatchObject({
      key: 'messaging.errors.recipientsSwitchedOff',
      switchedOff: ['z'],
      count: 1,
    });
  });

  it('lists the fields at fault', () => {
    const failure = sendFailureOf(refusal(400, { code: 'VALIDATION_FAILED', errors: [{ field: 'subject', message: 'x' }] }));
    expect(failure).toMatchObject({ key: 'errors.VALIDATION_FAILED', fields: ['subject'] });
  });

  it('falls back on the general messages', () => {
    expect(sendFailureOf(new HttpErrorResponse({ status: 0 })).key).toBe('errors.NETWORK');
    expect(sendFailureOf(new Error('x')).key).toBe('errors.UNKNOWN');
  });
});
