import { Migration20261128000002_identity } from './Migration20261128000002_identity';
import { Migration20261207000012_credentials } from './Migration20261207000012_credentials';

/** The identity context's migrations, in order (listed: bundled builds do not scan the file system). */
export const IDENTITY_MIGRATIONS = [
  { name: 'Migration20261128000002_identity', class: Migration20261128000002_identity },
  { name: 'Migration20261207000012_credentials', class: Migration20261207000012_credentials },
];
