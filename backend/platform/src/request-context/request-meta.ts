import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting and from where, for the audit trail and the logs; set once per HTTP request. */
export interface RequestMeta {
  requestId: string;
  actorId: string | null;
  origin: string | null;
}

const storage = new AsyncLocalStorage<RequestMeta>();

export const RequestMetaStore = {
  run<T>(meta: RequestMeta, fn: () => T): T {
    return storage.run(meta, fn);
  },
  /** Binds the store to the rest of the current async execution (for hooks that cannot wrap). */
  enter(meta: RequestMeta): void {
    storage.enterWith(meta);
  },
  current(): RequestMeta | undefined {
    return storage.getStore();
  },
  setActor(actorId: string): void {
    const meta = storage.getStore();
    if (meta) meta.actorId = actorId;
  },
};
