/** Repeated login failures per account and per address end in 429 RATE_LIMITED (shared across API processes). */
export interface LoginThrottle {
  /** Throws RATE_LIMITED when the account or the address used up its failures. */
  assertAllowed(login: string, origin: string | null): Promise<void>;
  recordFailure(login: string, origin: string | null): Promise<void>;
  forget(login: string): Promise<void>;
}

export const LOGIN_THROTTLE = Symbol('LoginThrottle');
