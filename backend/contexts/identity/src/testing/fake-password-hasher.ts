import type { PasswordHasher } from '../application/ports/password-hasher.port';

/** A readable stand-in for argon2: `hashed:<password>`; counts the verifications (an unknown login costs one too). */
export class FakePasswordHasher implements PasswordHasher {
  verifications = 0;

  async hash(password: string): Promise<string> {
    return `hashed:${password}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    this.verifications++;
    return hash === `hashed:${password}`;
  }
}
