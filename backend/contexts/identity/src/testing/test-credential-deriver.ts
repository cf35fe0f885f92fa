import { HmacCredentialDeriver } from '../infrastructure/hmac-credential-deriver';

/** The real derivation under a fixed test secret (it is pure and fast: no need for a stand-in). */
export function testCredentialDeriver(): HmacCredentialDeriver {
  return new HmacCredentialDeriver('a-test-signing-secret-of-32-characters-at-least');
}
