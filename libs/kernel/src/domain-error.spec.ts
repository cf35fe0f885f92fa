import { brokenRule, BusinessRuleViolation, checkRule, DomainError, rule } from './domain-error';

describe('checkRule', () => {
  it('throws a violation named after the broken rule, with its code', () => {
    const r = rule('OnlyATeacherPublishes', 'FORBIDDEN', 'Only a teacher publishes.', () => true);
    expect(() => checkRule(r)).toThrow(BusinessRuleViolation);
    try {
      checkRule(r);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('FORBIDDEN');
      expect((e as DomainError).details).toEqual({ rule: 'OnlyATeacherPublishes' });
    }
  });

  it('lists the field an input rule is about, so the problem names the fields at fault', () => {
    const r = rule('ATitleIsOneTo200Characters', 'VALIDATION_FAILED', 'A title has 1 to 200 characters.', () => true, 'title');
    try {
      checkRule(r);
      throw new Error('not refused');
    } catch (e) {
      expect((e as DomainError).details).toEqual({ rule: 'ATitleIsOneTo200Characters', errors: [{ field: 'title', message: 'A title has 1 to 200 characters.' }] });
    }
  });

  it('lets a rule that holds pass', () => {
    expect(() => checkRule(rule('Holds', 'X', 'x', () => false))).not.toThrow();
  });
});

describe('brokenRule', () => {
  it('names the broken rule, null when none is, and lets other errors through', () => {
    expect(brokenRule(() => checkRule(rule('R', 'X', 'x', () => true)))).toBe('R');
    expect(brokenRule(() => undefined)).toBeNull();
    expect(() => brokenRule(() => { throw new Error('boom'); })).toThrow('boom');
  });
});
