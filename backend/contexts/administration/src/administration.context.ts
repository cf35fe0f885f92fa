import { AdministrationEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { AdministrationModule } from './administration.module';
import { ADMINISTRATION_MIGRATIONS } from './infrastructure/persistence/migrations';
import { ImportJobRunner } from './infrastructure/queue/import-job.runner';

/** Administration (decision 0010): ONDE imports, the console's people list, printed credentials. Every act is audited. */
export const ADMINISTRATION_CONTEXT = defineContext({
  name: 'administration',
  module: AdministrationModule,
  migrations: ADMINISTRATION_MIGRATIONS,
  events: Object.values(AdministrationEvents),
  audited: Object.values(AdministrationEvents),
  // Large ONDE imports run on their own queue in the worker (progress at GET /admin/imports/:id).
  background: [ImportJobRunner],
});
