import { encodeKeysetCursor } from '@preau/platform';
import { aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { ListMediaQuery } from './list-media.query';
import { ListMediaHandler } from './list-media.handler';

const MINUTE = 60_000;
// Cursors name items by uuid: anything else is not one of ours.
const [A, B, C, X] = ['a', 'b', 'c', 'd'].map((n) => `0000000${n}-0000-4000-8000-000000000000`);

describe('ListMediaHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    const t0 = kit.clock.now().getTime();
    aPhoto(kit, { id: A, ownerId: 'teacher', title: 'Parc', createdAt: new Date(t0) });
    aPhoto(kit, { id: B, ownerId: 'teacher', title: 'Piscine', createdAt: new Date(t0 + MINUTE), folderId: 'f1' });
    aPhoto(kit, { id: C, ownerId: 'teacher', title: 'Parc 2', createdAt: new Date(t0 + 2 * MINUTE) });
    aPhoto(kit, { id: X, ownerId: 'colleague', title: 'Parc', createdAt: new Date(t0 + 3 * MINUTE) });
    kit.repo.shares.push({ classId: 'class-a', mediaId: X, by: 'colleague', at: kit.clock.now() });
    kit.repo.shares.push({ classId: 'class-a', mediaId: A, by: 'teacher', at: kit.clock.now() });
    return { kit, handler: new ListMediaHandler(kit.classes, kit.repo, kit.views) };
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

  it('lists my library newest first, by pages, the next cursor where the page ended', async () => {
    const { handler } = setUp();
    const first = await handler.execute(new ListMediaQuery('teacher', { mine: true }, { limit: 2 }));
    expect(ids(first)).toEqual([C, B]);
    expect(first.nextCursor).not.toBeNull();
    const second = await handler.execute(
      new ListMediaQuery('teacher', { mine: true }, { limit: 2, cursor: first.nextCursor ?? undefined }),
    );
    expect(second).toMatchObject({ nextCursor: null });
    expect(ids(second)).toEqual([A]);
    expect(second.items[0]).toMatchObject({ sharedWithClassIds: ['class-a'] });
  });

  it('filters by title, by folder (root: in none); a cursor that is not ours starts from the top', async () => {
    const { handler } = setUp();
    expect(ids(await handler.execute(new ListMediaQuery('teacher', { mine: true }, { q: 'parc', limit: 10 })))).toEqual(
      [C, A],
    );
    expect(
      ids(await handler.execute(new ListMediaQuery('teacher', { mine: true }, { folderId: 'f1', limit: 10 }))),
    ).toEqual([B]);
    expect(
      ids(await handler.execute(new ListMediaQuery('teacher', { mine: true }, { folderId: 'root', limit: 10 }))),
    ).toEqual([C, A]);
    expect(
      ids(await handler.execute(new ListMediaQuery('teacher', { mine: true }, { cursor: 'garbage', limit: 10 }))),
    ).toEqual([C, B, A]);
  });

  it('pages from a cursor made elsewhere (keyset: created before, or at the same time with a smaller id)', async () => {
    const { kit, handler } = setUp();
    const cursor = encodeKeysetCursor(new Date(kit.clock.now().getTime() + MINUTE), C);
    expect(ids(await handler.execute(new ListMediaQuery('teacher', { mine: true }, { cursor, limit: 10 })))).toEqual([
      B,
      A,
    ]);
  });

  it('lists a class library to who may read it, without the owners\u2019 originals or their shares', async () => {
    const { kit, handler } = setUp();
    kit.classes.grant('pupil', 'class-a', ['media.class.read']);
    const page = await handler.execute(new ListMediaQuery('pupil', { classId: 'class-a' }, { limit: 10 }));
    expect(ids(page)).toEqual([X, A]);
    expect(page.items[0]).toMatchObject({ sharedWithClassIds: [] });
    expect(Object.keys(page.items[0].renditions)).not.toContain('original');
  });

  it('refuses a class library to a stranger (NOT_FOUND), to who may not read it (FORBIDDEN), when switched off', async () => {
    const { kit, handler } = setUp();
    kit.classes.grant('visitor', 'class-a', []);
    const list = (who: string) => handler.execute(new ListMediaQuery(who, { classId: 'class-a' }, { limit: 10 }));
    await expect(list('stranger')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(list('visitor')).rejects.toMatchObject({ code: 'FORBIDDEN', details: { action: 'media.class.read' } });
    kit.classes.grant('pupil', 'class-a', ['media.class.read']).switchOff('class-a', 'media');
    await expect(list('pupil')).rejects.toMatchObject({ code: 'MODULE_DISABLED' });
  });
});
