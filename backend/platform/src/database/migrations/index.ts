import { Migration20261128000001_platform } from './Migration20261128000001_platform';
import { Migration20261128000008_live_events } from './Migration20261128000008_live_events';
import { Migration20261207000001_event_version } from './Migration20261207000001_event_version';

/**
 * The platform's own migrations (outbox, idempotency markers, audit log, live event log). Each context brings its
 * own through its descriptor; `migrationHistory` runs them all as one history, ordered by name.
 * Listed explicitly so that bundled builds carry them (no file-system discovery at run time).
 */
export const PLATFORM_MIGRATIONS = [
  { name: 'Migration20261128000001_platform', class: Migration20261128000001_platform },
  { name: 'Migration20261128000008_live_events', class: Migration20261128000008_live_events },
  { name: 'Migration20261207000001_event_version', class: Migration20261207000001_event_version },
];
