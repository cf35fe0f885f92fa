import { Migration20261128000006_publication } from './Migration20261128000006_publication';

/** The publication context's migrations, in order (listed: bundled builds do not scan the file system). */
export const PUBLICATION_MIGRATIONS = [
  { name: 'Migration20261128000006_publication', class: Migration20261128000006_publication },
];
