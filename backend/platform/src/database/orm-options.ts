import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './migrations';

/**
 * MikroORM options shared by the API, the worker and the tests. Entities are registered by each
 * context module (`MikroOrmModule.forFeature`) and picked up by `autoLoadEntities`.
 * The global EntityManager is forbidden (`allowGlobalContext: false`): every use runs inside a
 * request context or the unit of work of the bus.
 */
export function ormOptions(clientUrl: string, overrides: Partial<Options<PostgreSqlDriver>> = {}): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl,
    driver: PostgreSqlDriver,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 10 },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    debug: false,
    ...overrides,
  });
}

/** Applies the migration history; used at API start-up and by the tests. */
export async function migrate(clientUrl: string): Promise<void> {
  const { MikroORM } = await import('@mikro-orm/postgresql');
  const orm = await MikroORM.init(ormOptions(clientUrl, { entities: [], discovery: { warnWhenNoEntities: false } }));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
}
