import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MediaUsage, MediaUsageContext } from '@preau/contracts';
import { sqlIn } from '@preau/platform';
import type { MediaFolderRepository } from '../../domain/media-folder/media-folder.repository';
import type { MediaItemRepository, MediaListFilter } from '../../domain/media-item/media-item.repository';
import { MediaFolder } from '../../domain/media-folder/media-folder';
import { MediaItem } from '../../domain/media-item/media-item';

interface ItemRecord {
  id: string;
  owner_id: string;
  kind: MediaItem['kind'];
  title: string;
  status: MediaItem['status'];
  failure_reason: MediaItem['failureReason'];
  failure_message: string | null;
  mime_type: string | null;
  size: string | null;
  url: string | null;
  folder_id: string | null;
  metadata: MediaItem['metadata'];
  renditions: MediaItem['renditions'];
  created_at: Date;
  processed_at: Date | null;
}

const itemOf = (r: ItemRecord): MediaItem =>
  new MediaItem(
    r.id,
    r.owner_id,
    r.kind,
    r.title,
    r.status,
    r.failure_reason,
    r.failure_message,
    r.mime_type,
    r.size === null ? null : Number(r.size),
    r.url,
    r.folder_id,
    r.metadata,
    r.renditions,
    new Date(r.created_at),
    r.processed_at ? new Date(r.processed_at) : null,
  );

@Injectable()
export class MikroOrmMediaRepository implements MediaItemRepository, MediaFolderRepository {
  private readonly sql: ReturnType<typeof sqlIn>;

  constructor(private readonly em: EntityManager) {
    this.sql = sqlIn(em);
  }

  byId(id: string): Promise<MediaItem | null> {
    return this.em.findOne(MediaItem, { id });
  }

  byIdForUpdate(id: string): Promise<MediaItem | null> {
    return this.em.findOne(MediaItem, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async staleProcessing(before: Date): Promise<string[]> {
    return (
      await this.sql<{ id: string }>(
        `select id from media.item where status = 'processing' and created_at < ? limit 100`,
        [before],
      )
    ).map((r) => r.id);
  }

  add(item: MediaItem): void {
    this.em.persist(item);
  }

  remove(item: MediaItem): void {
    this.em.remove(item);
  }

  async list(filter: MediaListFilter): Promise<MediaItem[]> {
    const where: Record<string, unknown>[] = [];
    if (filter.ownerId) where.push({ ownerId: filter.ownerId });
    if (filter.classId) {
      const rows = await this.sql<{ media_id: string }>('select media_id from media.class_share where class_id = ?', [
        filter.classId,
      ]);
      where.push({ id: { $in: rows.map((r) => r.media_id) } });
    }
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.folderId !== undefined) where.push({ folderId: filter.folderId });
    if (filter.q) where.push({ title: { $ilike: `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (filter.after)
      where.push({
        $or: [
          { createdAt: { $lt: filter.after.createdAt } },
          { createdAt: filter.after.createdAt, id: { $lt: filter.after.id } },
        ],
      });
    return this.em.find(
      MediaItem,
      { $and: where },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: filter.limit },
    );
  }

  async lockQuota(key: string): Promise<void> {
    await this.sql(`select pg_advisory_xact_lock(hashtext(?))`, [`preau:media-quota:${key}`]);
  }

  async bytesOf(ownerId: string): Promise<number> {
    const [row] = await this.sql<{ bytes: string | null }>(
      `select coalesce(sum((r->>'size')::bigint), 0) as bytes from media.item i, jsonb_array_elements(i.renditions) r where i.owner_id = ?`,
      [ownerId],
    );
    return Number(row?.bytes ?? 0);
  }

  async bytesSharedWith(classId: string): Promise<number> {
    const [row] = await this.sql<{ bytes: string | null }>(
      `select coalesce(sum((r->>'size')::bigint), 0) as bytes from media.class_share s join media.item i on i.id = s.media_id, jsonb_array_elements(i.renditions) r where s.class_id = ?`,
      [classId],
    );
    return Number(row?.bytes ?? 0);
  }

  async classesSharing(mediaId: string): Promise<string[]> {
    return (
      await this.sql<{ class_id: string }>(
        'select class_id from media.class_share where media_id = ? order by shared_at',
        [mediaId],
      )
    ).map((r) => r.class_id);
  }

  async share(classId: string, mediaId: string, by: string, at: Date): Promise<void> {
    await this.em.flush();
    await this.sql(
      'insert into media.class_share (class_id, media_id, shared_by, shared_at) values (?, ?, ?, ?) on conflict do nothing',
      [classId, mediaId, by, at],
    );
  }

  async unshare(classId: string, mediaId: string): Promise<boolean> {
    const rows = await this.sql<{ media_id: string }>(
      'delete from media.class_share where class_id = ? and media_id = ? returning media_id',
      [classId, mediaId],
    );
    return rows.length > 0;
  }

  async usagesOf(mediaId: string): Promise<MediaUsage[]> {
    const rows = await this.sql<{ context: MediaUsageContext; resource_id: string }>(
      'select context, resource_id from media.usage where media_id = ?',
      [mediaId],
    );
    return rows.map((r) => ({ context: r.context, resourceId: r.resource_id }));
  }

  async usedIds(usage: MediaUsage): Promise<string[]> {
    const rows = await this.sql<{ media_id: string }>(
      'select media_id from media.usage where context = ? and resource_id = ? order by position',
      [usage.context, usage.resourceId],
    );
    return rows.map((r) => r.media_id);
  }

  async replaceUsages(usage: MediaUsage, mediaIds: string[], at: Date): Promise<void> {
    await this.em.flush();
    await this.releaseUsages(usage);
    if (mediaIds.length === 0) return;
    await this.sql(
      `insert into media.usage (media_id, context, resource_id, position, created_at)
       select m.id, ?, ?, m.position - 1, ? from unnest(?::uuid[]) with ordinality as m(id, position)`,
      [usage.context, usage.resourceId, at, mediaIds],
    );
  }

  async releaseUsages(usage: MediaUsage): Promise<void> {
    await this.sql('delete from media.usage where context = ? and resource_id = ?', [usage.context, usage.resourceId]);
  }

  async usedBy(context: MediaUsageContext, resourceIds: string[]): Promise<Map<string, MediaItem[]>> {
    const result = new Map<string, MediaItem[]>(resourceIds.map((id) => [id, []]));
    if (resourceIds.length === 0) return result;
    const rows = await this.sql<{ resource_id: string; media_id: string }>(
      'select resource_id, media_id from media.usage where context = ? and resource_id = any(?::uuid[]) order by resource_id, position',
      [context, resourceIds],
    );
    if (rows.length === 0) return result;
    // Read-only copies for views, straight from SQL (no hydration into the unit of work).
    const records = await this.sql<ItemRecord>(
      `select id, owner_id, kind, title, status, failure_reason, failure_message, mime_type, size, url, folder_id, metadata, renditions, created_at, processed_at
         from media.item where id = any(?::uuid[])`,
      [[...new Set(rows.map((r) => r.media_id))]],
    );
    const items = new Map(records.map((r) => [r.id, itemOf(r)]));
    for (const row of rows) {
      const item = items.get(row.media_id);
      if (item) result.get(row.resource_id)?.push(item);
    }
    return result;
  }

  folder(id: string): Promise<MediaFolder | null> {
    return this.em.findOne(MediaFolder, { id });
  }

  folderNamed(ownerId: string, name: string): Promise<MediaFolder | null> {
    return this.em.findOne(MediaFolder, { ownerId, name });
  }

  async foldersOf(ownerId: string): Promise<{ folder: MediaFolder; itemCount: number }[]> {
    const folders = await this.em.find(MediaFolder, { ownerId }, { orderBy: { name: 'asc' } });
    const counts = await this.sql<{ folder_id: string; n: string }>(
      'select folder_id, count(*) as n from media.item where owner_id = ? and folder_id is not null group by folder_id',
      [ownerId],
    );
    return folders.map((folder) => ({
      folder,
      itemCount: Number(counts.find((c) => c.folder_id === folder.id)?.n ?? 0),
    }));
  }

  addFolder(folder: MediaFolder): void {
    this.em.persist(folder);
  }

  removeFolder(folder: MediaFolder): void {
    this.em.remove(folder);
  }
}
