import { Inject, Injectable } from '@nestjs/common';
import { type ClassAccess, type ClassAction, ErrorCodes, GetClassAccessQuery } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { Bus, classActionAllowed, requireClassAction, ResourceReaders } from '@preau/platform';
import type { MediaItem } from '../domain/media-item';
import { MEDIA_REPOSITORY, type MediaRepository } from './ports/media.repository';

/**
 * Who may see a media item (access-rules.md): its owner; whoever may read a class library that shares
 * it; whoever may read a resource that uses it (asked of the resource's context).
 * The class rules themselves are the directory's, asked through GetClassAccessQuery.
 */
@Injectable()
export class MediaAccess {
  constructor(
    private readonly bus: Bus,
    private readonly readers: ResourceReaders,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
  ) {}

  async classAccess(personId: Id, classId: Id): Promise<ClassAccess> {
    return this.bus.query(new GetClassAccessQuery(personId, classId));
  }

  /** Throws NOT_FOUND / FORBIDDEN / MODULE_DISABLED unless the person may do `action` in the class. */
  async checkClassAction(personId: Id, classId: Id, action: ClassAction): Promise<ClassAccess> {
    const access = await this.classAccess(personId, classId);
    requireClassAction(access, action);
    return access;
  }

  async canSee(personId: Id, item: MediaItem): Promise<boolean> {
    if (item.ownerId === personId) return true;
    for (const classId of await this.media.classesSharing(item.id)) {
      if (classActionAllowed(await this.classAccess(personId, classId), 'media.class.read')) return true;
    }
    for (const usage of await this.media.usagesOf(item.id)) {
      if (await this.readers.mayRead(usage.context, personId, usage.resourceId)) return true;
    }
    return false;
  }

  /** The item, if the person may see it; otherwise NOT_FOUND (they may not even know it exists). */
  async visible(personId: Id, id: Id): Promise<MediaItem> {
    const item = await this.media.byId(id);
    if (!item || !(await this.canSee(personId, item)))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'No such media item.');
    return item;
  }

  async owned(personId: Id, id: Id): Promise<MediaItem> {
    const item = await this.visible(personId, id);
    if (item.ownerId !== personId)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only its owner changes a media item.', {
        rule: 'OnlyTheOwnerChangesAnItem',
      });
    return item;
  }
}
