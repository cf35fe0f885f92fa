import { AsyncLocalStorage } from 'node:async_hooks';
import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Command, Query } from '@preau/contracts';

/**
 * The one way into a context's use cases. A command runs in its own unit of work: a forked
 * EntityManager, one transaction, one flush (outbox rows included); a domain error rolls it all back.
 * A command sent from inside another command's handler joins that unit of work. A query runs on a
 * fresh fork, or inside the caller's unit of work when a handler asks another context.
 */
@Injectable()
export class Bus {
  private static readonly afterCommitWork = new AsyncLocalStorage<(() => Promise<unknown>)[]>();
  private readonly logger = new Logger('Bus');

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly em: EntityManager,
  ) {}

  /** Runs the command's handler in a unit of work; the result type is the one the command class declares. */
  async command<R>(command: Command<R>): Promise<R> {
    // A command another context's handler sends joins that handler's unit of work: both commit or neither.
    const current = this.em.getContext(false);
    if (current !== this.em && current.isInTransaction()) return this.commands.execute(command as never) as Promise<R>;
    const afterCommit: (() => Promise<unknown>)[] = [];
    const result = await Bus.afterCommitWork.run(afterCommit, () =>
      this.em.fork({ clear: true }).transactional(() => this.commands.execute(command as never) as Promise<R>),
    );
    for (const work of afterCommit) {
      await work().catch((error: unknown) =>
        this.logger.warn(`after-commit work failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    return result;
  }

  /**
   * Work to do once the current command's unit of work has committed (never if it rolls back), before the
   * command's caller gets its answer: a live notification, say. A failure there is logged, not thrown (what
   * committed stays committed), so such work must have a slower path that catches up (an outbox consumer).
   */
  afterCommit(work: () => Promise<unknown>): void {
    const pending = Bus.afterCommitWork.getStore();
    if (!pending) throw new Error('afterCommit is for command handlers, inside a command.');
    pending.push(work);
  }

  query<R>(query: Query<R>): Promise<R> {
    const run = () => this.queries.execute(query as never) as Promise<R>;
    const inContext = this.em.getContext(false) !== this.em;
    return inContext ? run() : RequestContext.create(this.em, run);
  }
}
