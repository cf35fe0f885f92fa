import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query<T>(config: { text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/** What the SQL helper needs of a knex client (the ORM's pool, or a transaction's own client). */
interface ConnectionSource {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown> | unknown;
}

const positional = new Map<string, { text: string; count: number }>();

/**
 * `?` placeholders as PostgreSQL's `$1, $2…`, once per statement text. Statements given to `sqlIn` use `?` only
 * as placeholders (no `?` operators, no question marks in literals).
 */
export function toPositional(text: string, parameters: number): string {
  let converted = positional.get(text);
  if (converted === undefined) {
    let n = 0;
    converted = { text: text.replace(/\?/g, () => `$${++n}`), count: n };
    if (positional.size > 5000) positional.clear();
    positional.set(text, converted);
  }
  if (converted.count !== parameters) throw new Error(`SQL has ${converted.count} placeholders for ${parameters} parameters: ${text.slice(0, 120)}`);
  return converted.text;
}

/**
 * Hand-written SQL in the current unit of work, straight on the driver: parameters travel separately (never
 * inlined into the text), arrays as PostgreSQL arrays, dates as timestamps. Inside a command's transaction the
 * statement runs on that transaction's connection, after the ORM has flushed what it holds; otherwise on a
 * connection of the ORM's pool. Read models use it: no query building, no hydration, no identity map for rows
 * that go straight into views (see docs/decisions/0005-read-side-sql.md).
 */
export function sqlIn(em: EntityManager) {
  return <T>(text: string, params: unknown[] = []): Promise<T[]> => sqlBatch(em, (q) => q<T>(text, params));
}

/**
 * Several statements on one connection (the transaction's, or one taken from the pool for the batch): a
 * read that needs a dozen small queries holds one connection instead of a dozen.
 */
export async function sqlBatch<R>(em: EntityManager, work: (q: <T>(text: string, params?: unknown[]) => Promise<T[]>) => Promise<R>): Promise<R> {
  const context = em.getContext();
  const trx = context.getTransactionContext<{ client: ConnectionSource }>();
  if (trx) await context.flush();
  const source = trx ? trx.client : (context.getConnection().getKnex().client as unknown as ConnectionSource);
  const connection = await source.acquireConnection();
  // Statements still queued on the connection (a failed Promise.all leaves siblings running) finish before it goes back.
  const running: Promise<unknown>[] = [];
  // One connection runs one statement at a time: statements asked for together (Promise.all) are sent one after
  // the other here, as pg 8 did by itself with a deprecation warning and pg 9 will no longer do.
  let previous: Promise<unknown> = Promise.resolve();
  try {
    return await work(async <T>(text: string, params: unknown[] = []) => {
      const positional = toPositional(text, params.length);
      const query = previous.catch(() => undefined).then(() => connection.query<T>({ text: positional, values: params }));
      previous = query;
      running.push(query);
      return (await query).rows;
    });
  } finally {
    await Promise.allSettled(running);
    await source.releaseConnection(connection);
  }
}
