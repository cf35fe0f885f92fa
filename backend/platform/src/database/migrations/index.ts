import { Migration20261128000001_platform } from './Migration20261128000001_platform';
import { Migration20261128000002_identity } from './Migration20261128000002_identity';
import { Migration20261128000003_directory } from './Migration20261128000003_directory';
import { Migration20261128000004_media } from './Migration20261128000004_media';
import { Migration20261128000005_media_folders } from './Migration20261128000005_media_folders';
import { Migration20261128000006_publication } from './Migration20261128000006_publication';
import { Migration20261128000007_messaging } from './Migration20261128000007_messaging';
import { Migration20261128000008_live_events } from './Migration20261128000008_live_events';

/**
 * The one migration history of Préau, in order. Each context keeps its tables in its own schema.
 * Listed explicitly so that bundled builds carry them (no file-system discovery at run time).
 */
export const MIGRATIONS = [
  { name: 'Migration20261128000001_platform', class: Migration20261128000001_platform },
  { name: 'Migration20261128000002_identity', class: Migration20261128000002_identity },
  { name: 'Migration20261128000003_directory', class: Migration20261128000003_directory },
  { name: 'Migration20261128000004_media', class: Migration20261128000004_media },
  { name: 'Migration20261128000005_media_folders', class: Migration20261128000005_media_folders },
  { name: 'Migration20261128000006_publication', class: Migration20261128000006_publication },
  { name: 'Migration20261128000007_messaging', class: Migration20261128000007_messaging },
  { name: 'Migration20261128000008_live_events', class: Migration20261128000008_live_events },
];
