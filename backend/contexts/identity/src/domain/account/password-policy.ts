import { checkRule, rule } from '@preau/kernel';

/**
 * A new password: at least 10 characters (CNIL's recommendation for a password alone, with a
 * throttled login), at most 200, and not the login itself.
 */
export function checkNewPassword(password: string, login: string): void {
  checkRule(rule('PasswordIsLongEnough', 'VALIDATION_FAILED', 'A password has at least 10 characters.', () => password.length < 10));
  checkRule(rule('PasswordIsNotTooLong', 'VALIDATION_FAILED', 'A password has at most 200 characters.', () => password.length > 200));
  checkRule(rule('PasswordIsNotTheLogin', 'VALIDATION_FAILED', 'A password must not be the login.', () => password.toLowerCase().includes(login.toLowerCase())));
}
