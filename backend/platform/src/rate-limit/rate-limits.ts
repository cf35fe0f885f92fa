import { ErrorCodes } from '@preau/contracts';
import type IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiError } from '../http/problem-details.filter';

export interface RateLimitSettings {
  loginFailuresPerHour: number;
  loginFailuresPerAddressPerHour: number;
  requestsPerMinute: number;
}

/**
 * The API's limits, counted in Redis so that every API process shares them; in embedded mode
 * (no Redis, one API process) they are counted in memory (docs/decisions/0002-embedded-mode.md).
 */
export class RateLimits {
  readonly loginFailuresByAccount: RateLimiterAbstract;
  readonly loginFailuresByAddress: RateLimiterAbstract;
  readonly requests: RateLimiterAbstract;

  constructor(settings: RateLimitSettings, redis?: IORedis, prefix = 'preau') {
    const make = (keyPrefix: string, points: number, duration: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:rl:${keyPrefix}`, points, duration, useRedisPackage: false })
        : new RateLimiterMemory({ keyPrefix, points, duration });
    this.loginFailuresByAccount = make('login-account', settings.loginFailuresPerHour, 3600);
    this.loginFailuresByAddress = make('login-address', settings.loginFailuresPerAddressPerHour, 3600);
    this.requests = make('requests', settings.requestsPerMinute, 60);
  }

  /** Throws 429 RATE_LIMITED (with Retry-After) when `key` has no points left. */
  async consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
    try {
      await limiter.consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
      throw error;
    }
  }

  /** Refuses when `key` already used up its points, without counting this call. */
  async ensureAvailable(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const res = await limiter.get(key);
    if (res && res.remainingPoints <= 0 && res.consumedPoints >= limiter.points) throw tooMany(res.msBeforeNext);
  }

  async reward(limiter: RateLimiterAbstract, key: string): Promise<void> {
    await limiter.delete(key);
  }
}

function tooMany(msBeforeNext: number): ApiError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError(ErrorCodes.RATE_LIMITED, `Too many attempts; try again in ${seconds} s.`, { retryAfter: seconds }, { 'retry-after': String(seconds) });
}

export const RATE_LIMITS = Symbol('RateLimits');
