import type { EntityManager } from '@mikro-orm/postgresql';
import { type ClassAccess, type ClassAction, type Command, MODULES, type ModuleName, type Query } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import type { ClassAccessPort } from '../access/class-access';
import type { Bus } from '../bus/bus';
import { Outbox } from '../outbox/outbox';
import type { OutboxMessage } from '../outbox/outbox-message';

type Class<T> = abstract new (...args: never[]) => T;
type ResultOfCommand<C> = C extends Command<infer R> ? R : never;
type ResultOfQuery<Q> = Q extends Query<infer R> ? R : never;

/**
 * The bus as a handler spec sees it: the answers to other contexts' queries and commands are given by the spec,
 * per message class; everything sent is recorded; after-commit work runs at once (there is no transaction).
 * A message nobody answers fails the spec loudly, naming it.
 */
export class FakeBus {
  readonly sent: object[] = [];
  private readonly answers = new Map<Class<object>, (message: never) => unknown>();

  onQuery<Q extends Query<unknown>>(type: Class<Q>, answer: (query: Q) => ResultOfQuery<Q> | Promise<ResultOfQuery<Q>>): this {
    this.answers.set(type, answer as (message: never) => unknown);
    return this;
  }

  onCommand<C extends Command<unknown>>(type: Class<C>, answer: (command: C) => ResultOfCommand<C> | Promise<ResultOfCommand<C>>): this {
    this.answers.set(type, answer as (message: never) => unknown);
    return this;
  }

  async query<R>(query: Query<R>): Promise<R> {
    return this.dispatch(query) as Promise<R>;
  }

  async command<R>(command: Command<R>): Promise<R> {
    return this.dispatch(command) as Promise<R>;
  }

  afterCommit(work: () => Promise<unknown>): void {
    void work();
  }

  /** The messages of one class that were sent, in order. */
  sentOf<M extends object>(type: Class<M>): M[] {
    return this.sent.filter((message): message is M => message instanceof type);
  }

  /** Typed as the platform's Bus, for a handler's constructor. */
  asBus(): Bus {
    return this as unknown as Bus;
  }

  private async dispatch(message: object): Promise<unknown> {
    this.sent.push(message);
    const answer = this.answers.get(message.constructor as Class<object>);
    if (!answer) throw new Error(`FakeBus: nothing answers ${message.constructor.name} in this spec`);
    return answer(message as never);
  }
}

/** The real Outbox, writing into a list instead of a unit of work: what a handler published, in order. */
export function recordingOutbox(clock = new FixedClock()): { outbox: Outbox; published: OutboxMessage[] } {
  const published: OutboxMessage[] = [];
  const em = { persist: (message: OutboxMessage) => published.push(message) } as unknown as EntityManager;
  return { outbox: new Outbox(em, clock), published };
}

const ALL_ON = Object.fromEntries(MODULES.map((m) => [m, true])) as Record<ModuleName, boolean>;

/**
 * The class-access port with answers a spec sets per person and class; anyone else does not know the class
 * (what the directory answers a stranger: 404).
 */
export class FakeClassAccess implements ClassAccessPort {
  private readonly answers = new Map<string, ClassAccess>();

  /** `allowed` actions (before switches) for this person in this class, every module on unless `modules` says. */
  grant(personId: string, classId: string, allowed: readonly ClassAction[], more: Partial<ClassAccess> = {}): this {
    this.answers.set(`${personId}:${classId}`, {
      classId,
      schoolId: 'school',
      known: true,
      relations: [],
      modules: { ...ALL_ON },
      allowed: [...allowed],
      settings: { commentModeration: 'held', holdPupilMessages: false, shareBlogWithPartners: false },
      ...more,
    });
    return this;
  }

  /** Switches a module off in the class, for everyone granted there so far. */
  switchOff(classId: string, module: ModuleName): this {
    for (const access of this.answers.values()) if (access.classId === classId) access.modules = { ...access.modules, [module]: false };
    return this;
  }

  async of(personId: string, classId: string): Promise<ClassAccess> {
    return (
      this.answers.get(`${personId}:${classId}`) ?? {
        classId,
        schoolId: null,
        known: false,
        relations: ['none'],
        modules: { ...ALL_ON },
        allowed: [],
        settings: null,
      }
    );
  }
}
