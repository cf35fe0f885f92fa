import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject, Options } from '@mikro-orm/core';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { PLATFORM_MIGRATIONS } from './migrations';

const MIGRATION_OPTIONS = {
  tableName: 'mikro_orm_migrations',
  transactional: true,
  allOrNothing: true,
  snapshot: false,
  silent: true,
};

/**
 * MikroORM options shared by the API, the worker and the tests. Entities are registered by each
 * context module (`MikroOrmModule.forFeature`) and picked up by `autoLoadEntities`.
 * The global EntityManager is forbidden (`allowGlobalContext: false`): every use runs inside a
 * request context or the unit of work of the bus.
 */
export function ormOptions(
  clientUrl: string,
  overrides: Partial<Options<PostgreSqlDriver>> = {},
): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl,
    driver: PostgreSqlDriver,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 10 },
    migrations: { ...MIGRATION_OPTIONS, migrationsList: [...PLATFORM_MIGRATIONS] },
    debug: false,
    ...overrides,
  });
}

/**
 * Applies the migration history (by default the platform's own; the API passes `migrationHistory` of every
 * context); used at API start-up and by the tests. Several API processes may start at once behind a load
 * balancer: a PostgreSQL advisory lock lets one migrate while the others wait.
 */
export async function migrate(
  clientUrl: string,
  history: readonly MigrationObject[] = PLATFORM_MIGRATIONS,
): Promise<void> {
  const { MikroORM } = await import('@mikro-orm/postgresql');
  const { Client } = await import('pg');
  const lock = new Client({ connectionString: clientUrl });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('preau:migrations'))`);
    const orm = await MikroORM.init(
      ormOptions(clientUrl, {
        entities: [],
        discovery: { warnWhenNoEntities: false },
        migrations: { ...MIGRATION_OPTIONS, migrationsList: [...history] },
      }),
    );
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.close(true);
    }
  } finally {
    await lock.query(`select pg_advisory_unlock(hashtext('preau:migrations'))`).catch(() => undefined);
    await lock.end();
  }
}
