import { MediaItem } from '../../../domain/media-item/media-item';
import { FILE_LINK_TTL_MS } from '../../media-views';
import { mediaKit } from '../../../testing/media-test-kit';
import { ResolveFileQuery } from './resolve-file.query';
import { ResolveFileHandler } from './resolve-file.handler';

const ID = '0b8f2a4e-6c1d-4e5f-9a7b-3c2d1e0f9a8b';

describe('ResolveFileHandler', () => {
  const setUp = (mimeType = 'image/jpeg', title = 'Sortie: au parc!') => {
    const kit = mediaKit();
    kit.repo.add(
      MediaItem.uploaded({
        id: ID,
        ownerId: 'teacher',
        kind: 'document',
        title,
        mimeType,
        size: 1234,
        now: kit.clock.now(),
      }),
    );
    return { kit, handler: new ResolveFileHandler(kit.links, kit.repo) };
  };

  it('resolves a signed link to the stored object, inline for a kind browsers show safely, with a tidy file name', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new ResolveFileQuery(kit.links.sign(`${ID}/original`, FILE_LINK_TTL_MS))),
    ).resolves.toEqual({
      key: `${ID}/original`,
      contentType: 'image/jpeg',
      size: 1234,
      disposition: 'inline',
      filename: 'Sortie au parc.jpeg',
    });
  });

  it('serves anything else (an SVG, say) as an attachment', async () => {
    const { kit, handler } = setUp('image/svg+xml');
    await expect(
      handler.execute(new ResolveFileQuery(kit.links.sign(`${ID}/original`, FILE_LINK_TTL_MS))),
    ).resolves.toMatchObject({
      disposition: 'attachment',
      filename: 'Sortie au parc.svgxm',
    });
  });

  it('refuses an expired link (LINK_EXPIRED), a forged one, one to a missing rendition or a deleted item (NOT_FOUND)', async () => {
    const { kit, handler } = setUp();
    const resolve = (token: string) => handler.execute(new ResolveFileQuery(token));
    const link = kit.links.sign(`${ID}/original`, FILE_LINK_TTL_MS);
    const forged = `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`;
    await expect(resolve(forged)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resolve(kit.links.sign(`${ID}/w1280`, FILE_LINK_TTL_MS))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resolve(kit.links.sign('not-an-id/original', FILE_LINK_TTL_MS))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    kit.clock.advance(2 * FILE_LINK_TTL_MS);
    await expect(resolve(link)).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    kit.repo.items.clear();
    await expect(resolve(kit.links.sign(`${ID}/original`, FILE_LINK_TTL_MS))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
