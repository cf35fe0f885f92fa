import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';

/**
 * The one way into a context's use cases. A command runs in its own unit of work: a forked
 * EntityManager, one transaction, one flush (outbox rows included); a domain error rolls it all back.
 * A command sent from inside another command's handler joins that unit of work. A query runs on a
 * fresh fork, or inside the caller's unit of work when a handler asks another context.
 */
@Injectable()
export class Bus {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly em: EntityManager,
  ) {}

  command<R = unknown>(command: object): Promise<R> {
    // A command another context's handler sends joins that handler's unit of work: both commit or neither.
    const current = this.em.getContext(false);
    if (current !== this.em && current.isInTransaction()) return this.commands.execute(command as never) as Promise<R>;
    return this.em.fork({ clear: true }).transactional(() => this.commands.execute(command as never) as Promise<R>);
  }

  query<R = unknown>(query: object): Promise<R> {
    const run = () => this.queries.execute(query as never) as Promise<R>;
    const inContext = this.em.getContext(false) !== this.em;
    return inContext ? run() : RequestContext.create(this.em, run);
  }
}
