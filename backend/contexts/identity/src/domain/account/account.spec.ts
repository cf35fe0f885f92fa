import { brokenRule as ruleOf } from '@preau/kernel';
import { Account } from './account';
import { checkNewPassword } from './password-policy';

const now = new Date('2026-11-28T08:00:00Z');
const open = (login: string, displayName = 'Léa Martin') => Account.open({ id: 'id', login, displayName, role: 'PUPIL', passwordHash: 'h', now });


describe('Account', () => {
  it('normalises the login to lower case', () => {
    expect(open('  Lea.CE2A ').login).toBe('lea.ce2a');
  });

  it.each(['a', 'léa', 'lea ce2a', '.lea', 'x'.repeat(101)])('refuses the login %p (LoginIsWellFormed)', (login) => {
    expect(ruleOf(() => open(login))).toBe('LoginIsWellFormed');
  });

  it('refuses an empty display name (DisplayNameIsGiven)', () => {
    expect(ruleOf(() => open('lea.ce2a', '  '))).toBe('DisplayNameIsGiven');
  });

  it('is open until blocked', () => {
    const account = open('lea.ce2a');
    expect(account.blocked).toBe(false);
    account.block();
    expect(account.blocked).toBe(true);
  });
});

describe('checkNewPassword', () => {
  it.each([
    ['short', 'PasswordIsLongEnough'],
    ['x'.repeat(201), 'PasswordIsNotTooLong'],
    ['my-lea.ce2a-password', 'PasswordIsNotTheLogin'],
  ])('refuses %p (%s)', (password, name) => {
    expect(ruleOf(() => checkNewPassword(password, 'lea.ce2a'))).toBe(name);
  });

  it('accepts a long passphrase', () => {
    expect(ruleOf(() => checkNewPassword('cheval-batterie-agrafe', 'lea.ce2a'))).toBeNull();
  });
});
