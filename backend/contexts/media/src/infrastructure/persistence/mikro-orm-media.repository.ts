import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MediaListFilter, MediaRepository } from '../../application/ports/media.repository';
import { MediaFolder } from '../../domain/media-folder';
import { MediaItem } from '../../domain/media-item';

@Injectable()
export class MikroOrmMediaRepository implements MediaRepository {
  constructor(private readonly em: EntityManager) {}

  private sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const em = this.em.getContext();
    return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
  }

  byId(id: string): Promise<MediaItem | null> {
    return this.em.findOne(MediaItem, { id });
  }

  byIdForUpdate(id: string): Promise<MediaItem | null> {
    return this.em.findOne(MediaItem, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async staleProcessing(before: Date): Promise<string[]> {
    return (await this.sql<{ id: string }>(`select id from media.item where status = 'processing' and created_at < ? limit 100`, [before])).map((r) => r.id);
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
      const rows = await this.sql<{ media_id: string }>('select media_id from media.class_share where class_id = ?', [filter.classId]);
      where.push({ id: { $in: rows.map((r) => r.media_id) } });
    }
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.folderId !== undefined) where.push({ folderId: filter.folderId });
    if (filter.q) where.push({ title: { $ilike: `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (filter.after) where.push({ $or: [{ createdAt: { $lt: filter.after.createdAt } }, { createdAt: filter.after.createdAt, id: { $lt: filter.after.id } }] });
    return this.em.find(MediaItem, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: filter.limit });
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
    return (await this.sql<{ class_id: string }>('select class_id from media.class_share where media_id = ? order by shared_at', [mediaId])).map((r) => r.class_id);
  }

  async share(classId: string, mediaId: string, by: string, at: Date): Promise<void> {
    await this.em.flush();
    await this.sql('insert into media.class_share (class_id, media_id, shared_by, shared_at) values (?, ?, ?, ?) on conflict do nothing', [classId, mediaId, by, at]);
  }

  async unshare(classId: string, mediaId: string): Promise<boolean> {
    const rows = await this.sql<{ media_id: string }>('delete from media.class_share where class_id = ? and media_id = ? returning media_id', [classId, mediaId]);
    return rows.length > 0;
  }

  async usagesOf(mediaId: string) {
    const rows = await this.sql<{ context: string; resource_id: string; class_id: string; action: string }>('select context, resource_id, class_id, action from media.usage where media_id = ?', [mediaId]);
    return rows.map((r) => ({ context: r.context, resourceId: r.resource_id, classId: r.class_id, action: r.action }));
  }

  async replaceUsages(usage: { context: string; resourceId: string; classId: string; action: string }, mediaIds: string[], at: Date): Promise<void> {
    await this.releaseUsages(usage);
    for (const id of mediaIds) {
      await this.sql('insert into media.usage (media_id, context, resource_id, class_id, action, created_at) values (?, ?, ?, ?, ?, ?)', [id, usage.context, usage.resourceId, usage.classId, usage.action, at]);
    }
  }

  async releaseUsages(usage: { context: string; resourceId: string }): Promise<void> {
    await this.sql('delete from media.usage where context = ? and resource_id = ?', [usage.context, usage.resourceId]);
  }

  folder(id: string): Promise<MediaFolder | null> {
    return this.em.findOne(MediaFolder, { id });
  }

  folderNamed(ownerId: string, name: string): Promise<MediaFolder | null> {
    return this.em.findOne(MediaFolder, { ownerId, name });
  }

  async foldersOf(ownerId: string): Promise<{ folder: MediaFolder; itemCount: number }[]> {
    const folders = await this.em.find(MediaFolder, { ownerId }, { orderBy: { name: 'asc' } });
    const counts = await this.sql<{ folder_id: string; n: string }>('select folder_id, count(*) as n from media.item where owner_id = ? and folder_id is not null group by folder_id', [ownerId]);
    return folders.map((folder) => ({ folder, itemCount: Number(counts.find((c) => c.folder_id === folder.id)?.n ?? 0) }));
  }

  addFolder(folder: MediaFolder): void {
    this.em.persist(folder);
  }

  removeFolder(folder: MediaFolder): void {
    this.em.remove(folder);
  }
}
