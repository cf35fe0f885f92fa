import { defineEvent } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LiveEvents } from '../live/live-events';
import type { LiveLog } from '../live/live-log';
import { Outbox } from '../outbox/outbox';
import type { OutboxMessage } from '../outbox/outbox-message';
import { defineContext } from './context-descriptor';
import { ContextRegistry, migrationHistory } from './context-registry';

class ModuleA {}
class ModuleB {}
class NoOp extends Migration {
  override async up(): Promise<void> {
    // nothing: only the names are ordered here
  }
}
const Happened = defineEvent<{ id: string }>('alpha.something-happened', 2);
const Quiet = defineEvent<{ id: string }>('alpha.quiet');
const alpha = defineContext({
  name: 'alpha',
  module: ModuleA,
  migrations: [{ name: 'Migration20260101000002_alpha', class: NoOp }],
  events: [Happened, Quiet],
  audited: [Happened],
  liveEvents: ['alpha.ping'],
  resourceReaders: { alpha: () => ({}) },
});
const beta = defineContext({
  name: 'beta',
  module: ModuleB,
  migrations: [{ name: 'Migration20260101000001_beta', class: NoOp }],
  events: [],
});

function outboxWith(registry: ContextRegistry) {
  const written: OutboxMessage[] = [];
  const em = { persist: (m: OutboxMessage) => written.push(m) } as unknown as EntityManager;
  return { outbox: new Outbox(em, new FixedClock(), registry), written };
}

describe('defineContext', () => {
  it('refuses a name not in kebab case, an event of another context, and auditing an event it does not publish', () => {
    expect(() => defineContext({ name: 'Alpha', module: ModuleA, migrations: [], events: [] })).toThrow(/kebab case/);
    expect(() => defineContext({ name: 'beta', module: ModuleB, migrations: [], events: [Happened] })).toThrow(
      /beta\.<what-happened>/,
    );
    expect(() =>
      defineContext({ name: 'alpha', module: ModuleA, migrations: [], events: [Quiet], audited: [Happened] }),
    ).toThrow(/does not publish/);
  });
});

describe('ContextRegistry', () => {
  const registry = new ContextRegistry([alpha, beta]);

  it('knows what the descriptors declare, and nothing else', () => {
    expect(registry.event('alpha.something-happened')).toBe(Happened);
    expect(registry.event('alpha.unknown')).toBeUndefined();
    expect([registry.isAudited(Happened.type), registry.isAudited(Quiet.type)]).toEqual([true, false]);
    expect([registry.isLiveEvent('alpha.ping'), registry.isLiveEvent('beta.ping')]).toEqual([true, false]);
    expect(registry.resourceKinds).toEqual(['alpha']);
    expect(registry.resourceReader('beta')).toBeUndefined();
  });

  it('refuses a context listed twice and a resource kind with two readers', () => {
    expect(() => new ContextRegistry([alpha, alpha])).toThrow(/listed twice/);
    const other = defineContext({
      name: 'gamma',
      module: ModuleB,
      migrations: [],
      events: [],
      resourceReaders: { alpha: () => ({}) },
    });
    expect(() => new ContextRegistry([alpha, other])).toThrow(/two readers/);
  });
});

describe('migrationHistory', () => {
  it('orders the platform’s and every context’s migrations by name, and refuses a name listed twice', () => {
    const platform = [{ name: 'Migration20260101000000_platform', class: NoOp }];
    expect(migrationHistory(platform, [alpha, beta]).map((m) => m.name)).toEqual([
      'Migration20260101000000_platform',
      'Migration20260101000001_beta',
      'Migration20260101000002_alpha',
    ]);
    expect(() => migrationHistory(alpha.migrations, [alpha])).toThrow(/listed twice/);
  });
});

describe('Outbox with the registry', () => {
  it('stamps a declared event with its version', () => {
    const { outbox, written } = outboxWith(new ContextRegistry([alpha]));
    outbox.publish(Happened, { id: 'x' }, { actorId: null, origin: null });
    expect(written.map((m) => [m.type, m.version, m.payload])).toEqual([['alpha.something-happened', 2, { id: 'x' }]]);
  });

  it('refuses an event no context declared, and writes nothing', () => {
    const { outbox, written } = outboxWith(new ContextRegistry([beta]));
    expect(() => outbox.publish(Happened, { id: 'x' })).toThrow(/declared by no context/);
    expect(written).toEqual([]);
  });
});

describe('LiveEvents with the declared live event types', () => {
  it('appends a declared type and refuses an undeclared one, appending nothing', async () => {
    const appended: string[] = [];
    const log = {
      append: async (entries: { type: string }[]) => void appended.push(...entries.map((e) => e.type)),
    } as unknown as LiveLog;
    const registry = new ContextRegistry([alpha]);
    const live = new LiveEvents(log, { declared: (type) => registry.isLiveEvent(type) });
    const person = '0b6f0f5e-3c1a-4d6e-9f1e-2a7c4b8d9e01';
    await live.append([{ personId: person, type: 'alpha.ping', data: {} }]);
    await expect(live.append([{ personId: person, type: 'beta.ping', data: {} }])).rejects.toThrow(
      /declared by no context/,
    );
    expect(appended).toEqual(['alpha.ping']);
  });
});
