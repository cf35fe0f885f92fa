import type { MediaUsage, MediaUsageContext } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { MediaFolder } from '../domain/media-folder/media-folder';
import type { MediaFolderRepository } from '../domain/media-folder/media-folder.repository';
import type { MediaItem } from '../domain/media-item/media-item';
import type { MediaItemRepository, MediaListFilter } from '../domain/media-item/media-item.repository';

interface Share {
  classId: Id;
  mediaId: Id;
  by: Id;
  at: Date;
}

interface Usage extends MediaUsage {
  mediaId: Id;
  at: Date;
}

/**
 * The library's two repositories in memory, for handler specs. It behaves as the tables do where handlers rely
 * on it: deleting an item deletes its shares and usages (cascade), deleting a folder sends its items to the root
 * (set null), lists come newest first.
 */
export class InMemoryMediaRepository implements MediaItemRepository, MediaFolderRepository {
  readonly items = new Map<Id, MediaItem>();
  readonly folders = new Map<Id, MediaFolder>();
  readonly shares: Share[] = [];
  readonly usages: Usage[] = [];
  /** The quota locks taken, in order (a handler must lock before it counts). */
  readonly locks: string[] = [];

  async byId(id: Id): Promise<MediaItem | null> {
    return this.items.get(id) ?? null;
  }

  async byIdForUpdate(id: Id): Promise<MediaItem | null> {
    return this.items.get(id) ?? null;
  }

  async staleProcessing(before: Date): Promise<Id[]> {
    return [...this.items.values()].filter((i) => i.status === 'processing' && i.createdAt < before).map((i) => i.id);
  }

  add(item: MediaItem): void {
    this.items.set(item.id, item);
  }

  remove(item: MediaItem): void {
    this.items.delete(item.id);
    removeWhere(this.shares, (s) => s.mediaId === item.id);
    removeWhere(this.usages, (u) => u.mediaId === item.id);
  }

  async list(filter: MediaListFilter): Promise<MediaItem[]> {
    const q = filter.q?.toLowerCase();
    return [...this.items.values()]
      .filter((i) => filter.ownerId === undefined || i.ownerId === filter.ownerId)
      .filter(
        (i) =>
          filter.classId === undefined || this.shares.some((s) => s.classId === filter.classId && s.mediaId === i.id),
      )
      .filter((i) => filter.kind === undefined || i.kind === filter.kind)
      .filter((i) => filter.folderId === undefined || i.folderId === filter.folderId)
      .filter((i) => q === undefined || i.title.toLowerCase().includes(q))
      .filter((i) => !filter.after || newerFirst(i, { createdAt: filter.after.createdAt, id: filter.after.id }) > 0)
      .sort(newerFirst)
      .slice(0, filter.limit);
  }

  async lockQuota(key: string): Promise<void> {
    this.locks.push(key);
  }

  async bytesOf(ownerId: Id): Promise<number> {
    return sum([...this.items.values()].filter((i) => i.ownerId === ownerId));
  }

  async bytesSharedWith(classId: Id): Promise<number> {
    return sum(this.shares.filter((s) => s.classId === classId).flatMap((s) => this.items.get(s.mediaId) ?? []));
  }

  async classesSharing(mediaId: Id): Promise<Id[]> {
    return this.shares.filter((s) => s.mediaId === mediaId).map((s) => s.classId);
  }

  async share(classId: Id, mediaId: Id, by: Id, at: Date): Promise<void> {
    if (!this.shares.some((s) => s.classId === classId && s.mediaId === mediaId))
      this.shares.push({ classId, mediaId, by, at });
  }

  async unshare(classId: Id, mediaId: Id): Promise<boolean> {
    return removeWhere(this.shares, (s) => s.classId === classId && s.mediaId === mediaId) > 0;
  }

  async usagesOf(mediaId: Id): Promise<MediaUsage[]> {
    return this.usages.filter((u) => u.mediaId === mediaId).map(({ context, resourceId }) => ({ context, resourceId }));
  }

  async usedIds(usage: MediaUsage): Promise<Id[]> {
    return this.usages.filter((u) => sameResource(u, usage)).map((u) => u.mediaId);
  }

  async replaceUsages(usage: MediaUsage, mediaIds: Id[], at: Date): Promise<void> {
    await this.releaseUsages(usage);
    for (const mediaId of mediaIds) this.usages.push({ ...usage, mediaId, at });
  }

  async releaseUsages(usage: MediaUsage): Promise<void> {
    removeWhere(this.usages, (u) => sameResource(u, usage));
  }

  async usedBy(context: MediaUsageContext, resourceIds: Id[]): Promise<Map<Id, MediaItem[]>> {
    return new Map(
      resourceIds.map((resourceId) => [
        resourceId,
        this.usages
          .filter((u) => sameResource(u, { context, resourceId }))
          .flatMap((u) => this.items.get(u.mediaId) ?? []),
      ]),
    );
  }

  async folder(id: Id): Promise<MediaFolder | null> {
    return this.folders.get(id) ?? null;
  }

  async folderNamed(ownerId: Id, name: string): Promise<MediaFolder | null> {
    return [...this.folders.values()].find((f) => f.ownerId === ownerId && f.name === name) ?? null;
  }

  async foldersOf(ownerId: Id): Promise<{ folder: MediaFolder; itemCount: number }[]> {
    return [...this.folders.values()]
      .filter((f) => f.ownerId === ownerId)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((folder) => ({
        folder,
        itemCount: [...this.items.values()].filter((i) => i.ownerId === ownerId && i.folderId === folder.id).length,
      }));
  }

  addFolder(folder: MediaFolder): void {
    this.folders.set(folder.id, folder);
  }

  removeFolder(folder: MediaFolder): void {
    this.folders.delete(folder.id);
    for (const item of this.items.values()) if (item.folderId === folder.id) item.folderId = null;
  }
}

const sum = (items: MediaItem[]) => items.reduce((total, i) => total + i.storedBytes, 0);

const sameResource = (a: MediaUsage, b: MediaUsage) => a.context === b.context && a.resourceId === b.resourceId;

/** Newest first, then by id descending: the order of the keyset cursor. */
const newerFirst = (a: Pick<MediaItem, 'createdAt' | 'id'>, b: Pick<MediaItem, 'createdAt' | 'id'>) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function removeWhere<T>(list: T[], match: (x: T) => boolean): number {
  const before = list.length;
  list.splice(0, list.length, ...list.filter((x) => !match(x)));
  return before - list.length;
}
