import type { MediaKind, MediaUsage, MediaUsageContext } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { MediaItem } from './media-item';

export interface MediaListFilter {
  ownerId?: Id;
  classId?: Id;
  q?: string;
  kind?: MediaKind;
  /** null: items in no folder. */
  folderId?: Id | null;
  after?: { createdAt: Date; id: Id };
  limit: number;
}

/** The items of the library, with where they are shared (class libraries) and used (other contexts' resources). */
export interface MediaItemRepository {
  byId(id: Id): Promise<MediaItem | null>;
  /** The item, its row locked until the end of the unit of work (outcomes of overlapping runs serialise). */
  byIdForUpdate(id: Id): Promise<MediaItem | null>;
  /** Items still processing since before `before` (a job lost for good). */
  staleProcessing(before: Date): Promise<Id[]>;
  add(item: MediaItem): void;
  remove(item: MediaItem): void;
  list(filter: MediaListFilter): Promise<MediaItem[]>;
  /** Serialises quota checks of one owner or class until the unit of work ends (no overshoot by parallel uploads). */
  lockQuota(key: string): Promise<void>;
  /** Bytes an owner stores (originals and renditions). */
  bytesOf(ownerId: Id): Promise<number>;
  /** Bytes of the items a class library shares. */
  bytesSharedWith(classId: Id): Promise<number>;
  classesSharing(mediaId: Id): Promise<Id[]>;
  share(classId: Id, mediaId: Id, by: Id, at: Date): Promise<void>;
  unshare(classId: Id, mediaId: Id): Promise<boolean>;
  usagesOf(mediaId: Id): Promise<MediaUsage[]>;
  /** The items a resource uses now. */
  usedIds(usage: MediaUsage): Promise<Id[]>;
  replaceUsages(usage: MediaUsage, mediaIds: Id[], at: Date): Promise<void>;
  releaseUsages(usage: MediaUsage): Promise<void>;
  /** The items each resource uses, in registration order. */
  usedBy(context: MediaUsageContext, resourceIds: Id[]): Promise<Map<Id, MediaItem[]>>;
}

export const MEDIA_ITEM_REPOSITORY = Symbol('MediaItemRepository');
