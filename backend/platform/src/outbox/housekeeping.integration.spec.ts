import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@preau/testing';
import { migrate, ormOptions } from '../database/orm-options';
import { pruneOutbox } from './housekeeping';

describe('pruneOutbox (real PostgreSQL)', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    const url = await createTestDatabase('housekeeping');
    await Promise.all([migrate(url), migrate(url)]); // two API processes starting at once: the lock serialises them
    orm = await MikroORM.init(ormOptions(url, { entities: [] }));
  });
  afterAll(() => orm?.close(true));

  it('deletes old published rows and old markers, keeps the rest', async () => {
    const conn = orm.em.fork().getConnection();
    await conn.execute(`insert into platform.outbox_message (id, type, payload, occurred_at, published_at) values
      (gen_random_uuid(), 'old.published', '{}', now() - interval '10 days', now() - interval '10 days'),
      (gen_random_uuid(), 'old.unpublished', '{}', now() - interval '10 days', null),
      (gen_random_uuid(), 'new.published', '{}', now(), now())`);
    await conn.execute(`insert into platform.processed_event (consumer, event_id, processed_at) values
      ('c', gen_random_uuid(), now() - interval '40 days'), ('c', gen_random_uuid(), now())`);
    await conn.execute(`insert into platform.live_event (person_id, type, data, dedup_key, created_at) values
      (gen_random_uuid(), 'old.live', '{}', 'old-key', now() - interval '25 hours'),
      (gen_random_uuid(), 'new.live', '{}', 'new-key', now() - interval '23 hours')`);
    expect(await pruneOutbox(orm.em)).toEqual({ outbox: 1, processed: 1, live: 1 });
    const left = await conn.execute<{ type: string }[]>(`select type from platform.outbox_message order by type`);
    expect(left.map((r) => r.type)).toEqual(['new.published', 'old.unpublished']);
    const live = await conn.execute<{ type: string }[]>(`select type from platform.live_event order by type`);
    expect(live.map((r) => r.type)).toEqual(['new.live']);
  });
});
