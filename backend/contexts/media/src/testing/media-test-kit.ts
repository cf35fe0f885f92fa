import { Query } from '@preau/contracts';
import { FixedClock, type Id } from '@preau/kernel';
import { ContextRegistry, defineContext, ResourceReaders, SignedLinks } from '@preau/platform';
import { FakeBus, FakeClassAccess, recordingOutbox } from '@preau/platform/testing';
import { MediaAccess } from '../application/media-access';
import { MediaViews } from '../application/media-views';
import type { MediaSettings } from '../application/ports/link-signer.port';
import { MediaFolder } from '../domain/media-folder/media-folder';
import { MediaItem } from '../domain/media-item/media-item';
import { InMemoryMediaRepository } from './in-memory-media.repository';

/** The kind of resource the kit's one reader answers for (a stand-in for an article). */
export const RESOURCE_KIND = 'publication';

class MayReadResourceQuery extends Query<{ allowed: boolean }> {
  constructor(
    readonly personId: Id,
    readonly resourceId: Id,
  ) {
    super();
  }
}

/**
 * What the media handlers are built from, in memory: the repository, a fixed clock, class access and resource
 * readers a spec grants, real signed links and views, the real outbox writing into `published`.
 */
export function mediaKit() {
  const clock = new FixedClock(new Date('2026-11-28T10:00:00Z'));
  const repo = new InMemoryMediaRepository();
  const classes = new FakeClassAccess();
  /** `${personId}:${resourceId}` pairs the resource's context lets read. */
  const readable = new Set<string>();
  const bus = new FakeBus().onQuery(MayReadResourceQuery, (q) => ({
    allowed: readable.has(`${q.personId}:${q.resourceId}`),
  }));
  const readers = new ResourceReaders(
    new ContextRegistry([
      defineContext({
        name: 'publication',
        module: class ArticlesModule {},
        migrations: [],
        events: [],
        resourceReaders: { [RESOURCE_KIND]: (personId, resourceId) => new MayReadResourceQuery(personId, resourceId) },
      }),
    ]),
    bus.asBus(),
  );
  const links = new SignedLinks('a-signing-secret-of-at-least-32-characters', () => clock.now().getTime());
  const views = new MediaViews(links);
  const access = new MediaAccess(classes, readers, repo);
  const { outbox, published } = recordingOutbox(clock);
  const settings: MediaSettings = {
    maxUploadBytes: 1_000_000,
    userQuotaBytes: 10_000,
    classQuotaBytes: 5_000,
    jobLockMs: 60_000,
  };
  return { clock, repo, classes, readable, readers, links, views, access, outbox, published, settings };
}

export type MediaKit = ReturnType<typeof mediaKit>;

/** A photo in `ownerId`'s library, ready (processed), of `size` bytes in all; added to the repository. */
export function aPhoto(
  kit: MediaKit,
  props: { id: Id; ownerId: Id; title?: string; size?: number; createdAt?: Date; folderId?: Id },
): MediaItem {
  const item = MediaItem.uploaded({
    id: props.id,
    ownerId: props.ownerId,
    kind: 'image',
    title: props.title ?? 'Sortie au parc',
    mimeType: 'image/jpeg',
    size: props.size ?? 1000,
    now: props.createdAt ?? kit.clock.now(),
  });
  item.markReady([], { width: 640, height: 480 }, kit.clock.now());
  item.folderId = props.folderId ?? null;
  kit.repo.add(item);
  return item;
}

export function aFolder(kit: MediaKit, props: { id: Id; ownerId: Id; name: string }): MediaFolder {
  const folder = MediaFolder.create({ ...props, now: kit.clock.now() });
  kit.repo.addFolder(folder);
  return folder;
}
