import type { MigrationObject } from '@mikro-orm/core';

/**
 * The administration context's migrations, in order (listed: bundled builds do not scan the file system). A schema change
 * is a new file `MigrationYYYYMMDDNNNNNN_administration_<what>.ts` added here; names are the history's keys: never rename one.
 */
export const ADMINISTRATION_MIGRATIONS: MigrationObject[] = [];
