import { Migration20261128000004_media } from './Migration20261128000004_media';
import { Migration20261128000005_media_folders } from './Migration20261128000005_media_folders';
import { Migration20261128000005b_media_usage_per_resource } from './Migration20261128000005b_media_usage_per_resource';

/** The media context's migrations, in order (listed: bundled builds do not scan the file system). */
export const MEDIA_MIGRATIONS = [
  { name: 'Migration20261128000004_media', class: Migration20261128000004_media },
  { name: 'Migration20261128000005_media_folders', class: Migration20261128000005_media_folders },
  {
    name: 'Migration20261128000005b_media_usage_per_resource',
    class: Migration20261128000005b_media_usage_per_resource,
  },
];
