import { brokenRule as ruleOf } from '@preau/kernel';
import { Partnership } from './partnership';

const now = new Date('2026-11-28T10:00:00Z');

describe('Partnership', () => {
  const pending = () => Partnership.request({ id: 'p', classId: 'a', partnerClassId: 'b', requestedBy: 't', now });

  it('starts pending', () => expect(pending().status).toBe('pending'));

  it('refuses a class partnering itself (AClassDoesNotPartnerItself)', () => {
    expect(
      ruleOf(() => Partnership.request({ id: 'p', classId: 'a', partnerClassId: 'a', requestedBy: 't', now })),
    ).toBe('AClassDoesNotPartnerItself');
  });

  it('is accepted only by the other class (OnlyTheOtherClassAccepts)', () => {
    expect(ruleOf(() => pending().accept(false, now))).toBe('OnlyTheOtherClassAccepts');
    const p = pending();
    p.accept(true, now);
    expect(p.status).toBe('active');
  });

  it('is accepted once (OnlyAPendingPartnershipIsAccepted)', () => {
    const p = pending();
    p.accept(true, now);
    expect(ruleOf(() => p.accept(true, now))).toBe('OnlyAPendingPartnershipIsAccepted');
  });
});
