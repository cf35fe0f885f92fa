import type { MigrationObject } from '@mikro-orm/core';
import type { EventType } from '@preau/contracts';
import type { ContextDescriptor, ResourceReadQuery } from './context-descriptor';

/**
 * What the platform knows of the contexts, built from their descriptors at start-up: every event declared (the
 * outbox refuses an undeclared one and stamps its version), those to audit, the resource readers, the live event
 * types. The platform itself names no context.
 */
export class ContextRegistry {
  private readonly eventsByType = new Map<string, EventType<object>>();
  private readonly auditedTypes = new Set<string>();
  private readonly readers = new Map<string, ResourceReadQuery>();
  private readonly liveTypes = new Set<string>();

  constructor(readonly contexts: readonly ContextDescriptor[]) {
    const names = new Set<string>();
    for (const context of contexts) {
      if (names.has(context.name)) throw new Error(`context "${context.name}" is listed twice`);
      names.add(context.name);
      for (const event of context.events) this.eventsByType.set(event.type, event);
      for (const event of context.audited ?? []) this.auditedTypes.add(event.type);
      for (const [kind, reader] of Object.entries(context.resourceReaders ?? {})) {
        if (this.readers.has(kind)) throw new Error(`resource kind "${kind}" has two readers`);
        this.readers.set(kind, reader);
      }
      for (const type of context.liveEvents ?? []) this.liveTypes.add(type);
    }
  }

  /** The declaration of an integration event, by name. */
  event(type: string): EventType<object> | undefined {
    return this.eventsByType.get(type);
  }

  isAudited(type: string): boolean {
    return this.auditedTypes.has(type);
  }

  resourceReader(kind: string): ResourceReadQuery | undefined {
    return this.readers.get(kind);
  }

  get resourceKinds(): string[] {
    return [...this.readers.keys()];
  }

  isLiveEvent(type: string): boolean {
    return this.liveTypes.has(type);
  }
}

/**
 * The one migration history: the platform's own and every context's, ordered by name (each name starts with
 * the time it was written). Names are the history's keys in `mikro_orm_migrations`: never rename one.
 */
export function migrationHistory(platform: readonly MigrationObject[], contexts: readonly ContextDescriptor[]): MigrationObject[] {
  const all = [...platform, ...contexts.flatMap((c) => c.migrations)];
  const seen = new Set<string>();
  for (const migration of all) {
    if (seen.has(migration.name)) throw new Error(`migration ${migration.name} is listed twice`);
    seen.add(migration.name);
  }
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
