/**
 * Integration events: what a context tells the others once a change has committed (relayed from the outbox).
 * One naming scheme, `<context>.<what-happened>` in kebab case (`publication.article-published`); each event is
 * declared once, in its context's contracts folder, with the type of its payload and a version. A payload's
 * shape only grows within a version (new optional fields); any other change is a new version, and consumers
 * say which versions they read.
 */
export interface EventType<P extends object = Record<string, unknown>> {
  readonly type: string;
  readonly version: number;
  /** Carries the payload's type; never set. */
  readonly __payload?: P;
}

export type PayloadOf<E> = E extends EventType<infer P> ? P : never;

/** What every integration event carries, as relayed from the outbox to the queues. */
export interface IntegrationEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  /** The version of the payload's shape (the declaration's, when it was written). */
  version: number;
  occurredAt: string;
  /** Who caused it (account id), when someone did. */
  actorId: string | null;
  /** Where from (client address), when it came through HTTP. */
  origin: string | null;
  payload: P;
}

const EVENT_NAME = /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/;

/** Declares an integration event; the name must follow the one scheme (checked when the module loads). */
export function defineEvent<P extends object>(type: string, version = 1): EventType<P> {
  if (!EVENT_NAME.test(type))
    throw new Error(`integration event "${type}" is not named <context>.<what-happened> in kebab case`);
  if (!Number.isInteger(version) || version < 1)
    throw new Error(`integration event "${type}": version must be a positive integer`);
  return Object.freeze({ type, version });
}

/** Narrows an event to a declared one (same name and version). */
export function isEvent<P extends object>(
  event: IntegrationEvent<unknown>,
  declared: EventType<P>,
): event is IntegrationEvent<P> {
  return event.type === declared.type && (event.version ?? 1) === declared.version;
}
