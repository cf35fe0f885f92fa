import type { MigrationObject } from '@mikro-orm/core';
import type { Type } from '@nestjs/common';
import type { EventType, IntegrationEvent, Query } from '@preau/contracts';

/** Hears integration events in the worker. Must be idempotent: the same event may be delivered more than once. */
export interface IntegrationEventConsumer {
  handles(event: IntegrationEvent): boolean;
  handle(event: IntegrationEvent): Promise<unknown>;
}

/**
 * Long-running work of a context in the worker process (a queue of its own, say), started once the worker's
 * modules are up and stopped before it exits; `housekeep` runs every hour and returns a line for the log.
 */
export interface BackgroundWork {
  start(): Promise<void> | void;
  stop(): Promise<void>;
  housekeep?(): Promise<string | null>;
}

/** "May P read resource R?" as the context owning R answers it, for media items that R uses. */
export type ResourceReadQuery = (personId: string, resourceId: string) => Query<{ allowed: boolean }>;

/**
 * What a bounded context brings to the processes, exported by its door (`index.ts`): the api and the worker loop
 * over a list of these, and the platform builds its registries from them without naming any context.
 */
export interface ContextDescriptor {
  /** The context's name: its PostgreSQL schema, the prefix of its integration events. */
  readonly name: string;
  /** Its Nest module (controllers, handlers, adapters). */
  readonly module: Type<unknown>;
  /** Its migrations (`infrastructure/persistence/migrations/`); the platform runs every context's as one history, by name. */
  readonly migrations: readonly MigrationObject[];
  /** The integration events it publishes (declared in its contracts folder). */
  readonly events: readonly EventType<object>[];
  /** Those of its events that are sensitive acts, written to the audit log. */
  readonly audited?: readonly EventType<object>[];
  /** Its integration-event consumers, resolved from the worker's modules. */
  readonly consumers?: readonly Type<IntegrationEventConsumer>[];
  /** Its long-running work in the worker, resolved from the worker's modules. */
  readonly background?: readonly Type<BackgroundWork>[];
  /** For each kind of its resources that may use media items: how to ask whether a person may read one. */
  readonly resourceReaders?: Readonly<Record<string, ResourceReadQuery>>;
  /** The live (server-sent) event types it pushes to browsers. */
  readonly liveEvents?: readonly string[];
}

const CONTEXT_NAME = /^[a-z]+(-[a-z]+)*$/;

/** Declares a context, checking what can be checked before the processes start. */
export function defineContext(descriptor: ContextDescriptor): ContextDescriptor {
  const { name } = descriptor;
  if (!CONTEXT_NAME.test(name)) throw new Error(`context "${name}": a context is named in kebab case`);
  for (const event of descriptor.events) {
    if (!event.type.startsWith(`${name}.`)) throw new Error(`context "${name}" publishes "${event.type}": its events are named ${name}.<what-happened>`);
  }
  for (const event of descriptor.audited ?? []) {
    if (!descriptor.events.includes(event)) throw new Error(`context "${name}" audits "${event.type}", which it does not publish`);
  }
  return descriptor;
}
