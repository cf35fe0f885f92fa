/**
 * What crosses the bus: a command changes something, a query reads; each says what it answers (`R`), so that
 * `bus.command(new X(...))` and `bus.query(new Y(...))` infer their result instead of a type written by hand at
 * every call. The marker field is never set: it only carries the type (it emits nothing at run time).
 */
export abstract class Command<R = void> {
  declare readonly __commandResult?: R;
}

export abstract class Query<R> {
  declare readonly __queryResult?: R;
}

/** The result a command or query answers. */
export type ResultOf<M> = M extends Command<infer R> ? R : M extends Query<infer R> ? R : never;
