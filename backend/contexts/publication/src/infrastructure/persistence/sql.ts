import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs SQL in the current unit of work (the command's transaction, or the request's context). */
export function sqlIn(em: EntityManager) {
  return <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const context = em.getContext();
    return context.getConnection().execute<T[]>(text, params, 'all', context.getTransactionContext());
  };
}

/** A uuid[] parameter as a PostgreSQL array literal (the driver would spread a JS array into a list). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
