import { ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { LoginThrottle } from '../application/ports/login-throttle.port';

/** Counts failures per login; refuses with RATE_LIMITED once a login used up `limit` of them. */
export class FakeLoginThrottle implements LoginThrottle {
  readonly failures = new Map<string, number>();

  constructor(private readonly limit = 5) {}

  async assertAllowed(login: string): Promise<void> {
    if ((this.failures.get(login) ?? 0) >= this.limit)
      throw new DomainError(ErrorCodes.RATE_LIMITED, 'Too many failed logins.');
  }

  async recordFailure(login: string): Promise<void> {
    this.failures.set(login, (this.failures.get(login) ?? 0) + 1);
  }

  async forget(login: string): Promise<void> {
    this.failures.delete(login);
  }
}
