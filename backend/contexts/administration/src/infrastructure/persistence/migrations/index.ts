import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261207000300_administration_import_run } from './Migration20261207000300_administration_import_run';

/**
 * The administration context's migrations, in order (listed: bundled builds do not scan the file system). A schema change
 * is a new file `MigrationYYYYMMDDNNNNNN_administration_<what>.ts` added here; names are the history's keys: never rename one.
 */
export const ADMINISTRATION_MIGRATIONS: MigrationObject[] = [
  {
    name: 'Migration20261207000300_administration_import_run',
    class: Migration20261207000300_administration_import_run,
  },
];
