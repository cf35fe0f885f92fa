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

describe('Account credentials (decision 0010)', () => {
  const at = new Date('2026-12-07T08:00:00Z');
  const pupil = () => Account.openWithoutPassword({ id: 'p', login: 'lea.martin', displayName: 'Léa Martin', role: 'PUPIL', now });
  const parent = () => Account.openWithoutPassword({ id: 'a', login: 'karim.bernard', displayName: 'Karim Bernard', role: 'PARENT', now });

  it('opens a pupil with first password and card version 1, no password of their own', () => {
    expect(pupil()).toMatchObject({ passwordHash: null, firstPasswordVersion: 1, cardVersion: 1, activationVersion: null, mustChangePassword: false });
  });

  it('opens an adult with nothing until a code is issued; each code replaces the previous one', () => {
    const adult = parent();
    expect(adult).toMatchObject({ passwordHash: null, firstPasswordVersion: null, cardVersion: null, activationLookup: null });
    expect(adult.issueActivation((v) => `lookup-${v}`, at)).toBe(1);
    expect(adult.issueActivation((v) => `lookup-${v}`, at)).toBe(2);
    expect(adult).toMatchObject({ activationVersion: 2, activationLookup: 'lookup-2', activationExpiresAt: at });
    expect(adult.isPendingActivation()).toBe(true);
  });

  it('refuses a code for a pupil (ActivationCodesAreForAdults) and a card for an adult (CardsAreForPupils)', () => {
    expect(ruleOf(() => pupil().issueActivation(() => 'x', at))).toBe('ActivationCodesAreForAdults');
    expect(ruleOf(() => parent().reissueCard())).toBe('CardsAreForPupils');
  });

  it('activating uses the code up and sets the password, keeping the version (versions never repeat)', () => {
    const adult = parent();
    adult.issueActivation((v) => `lookup-${v}`, at);
    adult.activate('hash', 'karim@example.org', at);
    expect(adult).toMatchObject({ passwordHash: 'hash', activationLookup: null, activationExpiresAt: null, activatedAt: at, email: 'karim@example.org', activationVersion: 1 });
    expect(adult.isPendingActivation()).toBe(false);
  });

  it("a pupil's reset takes the new card's version for the first password, so an old sheet never works again", () => {
    const account = pupil();
    account.reissueCard(); // card 2, first password still 1
    account.changePassword('chosen', at); // first password ended
    account.resetPupil(at);
    expect(account).toMatchObject({ cardVersion: 3, firstPasswordVersion: 3, passwordHash: null, mustChangePassword: false });
  });

  it("an adult's reset sets a temporary password to change, and ends a pending code", () => {
    const adult = parent();
    adult.issueActivation((v) => `lookup-${v}`, at);
    adult.resetAdult('temp-hash', at);
    expect(adult).toMatchObject({ passwordHash: 'temp-hash', mustChangePassword: true, activationLookup: null });
    adult.changePassword('chosen', at);
    expect(adult.mustChangePassword).toBe(false);
  });
});
