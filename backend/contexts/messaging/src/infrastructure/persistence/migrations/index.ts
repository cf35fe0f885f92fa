import { Migration20261128000007_messaging } from './Migration20261128000007_messaging';

/** The messaging context's migrations, in order (listed: bundled builds do not scan the file system). */
export const MESSAGING_MIGRATIONS = [
  { name: 'Migration20261128000007_messaging', class: Migration20261128000007_messaging },
];
