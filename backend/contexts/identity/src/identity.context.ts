import { IdentityEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { IdentityModule } from './identity.module';
import { IDENTITY_MIGRATIONS } from './infrastructure/persistence/migrations';

/** Accounts, credentials and sessions: everything it publishes is audited (log-ins, failures, blocks). */
export const IDENTITY_CONTEXT = defineContext({
  name: 'identity',
  module: IdentityModule,
  migrations: IDENTITY_MIGRATIONS,
  events: Object.values(IdentityEvents),
  audited: Object.values(IdentityEvents),
});
