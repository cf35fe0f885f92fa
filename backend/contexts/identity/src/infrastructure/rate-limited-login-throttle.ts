import { Inject, Injectable } from '@nestjs/common';
import { RATE_LIMITS, type RateLimits } from '@preau/platform';
import type { LoginThrottle } from '../application/ports/login-throttle.port';

/** Counts failures per account (100 an hour by default) and per address, in the platform's shared limiters. */
@Injectable()
export class RateLimitedLoginThrottle implements LoginThrottle {
  constructor(@Inject(RATE_LIMITS) private readonly limits: RateLimits) {}

  async assertAllowed(login: string, origin: string | null): Promise<void> {
    await this.limits.ensureAvailable(this.limits.loginFailuresByAccount, login);
    if (origin) await this.limits.ensureAvailable(this.limits.loginFailuresByAddress, origin);
  }

  async recordFailure(login: string, origin: string | null): Promise<void> {
    await this.limits.loginFailuresByAccount.penalty(login, 1);
    if (origin) await this.limits.loginFailuresByAddress.penalty(origin, 1);
  }

  async forget(login: string): Promise<void> {
    await this.limits.reward(this.limits.loginFailuresByAccount, login);
  }
}
