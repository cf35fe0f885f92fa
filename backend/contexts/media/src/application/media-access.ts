import { Inject, Injectable } from '@nestjs/common';
import { ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { CLASS_ACCESS, type ClassAccessPort, classActionAllowed, ResourceReaders } from '@preau/platform';
import type { MediaItem } from '../domain/media-item/media-item';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../domain/media-item/media-item.repository';

/**
 * Who may see a media item (docs/product/access-rules.md): its owner; whoever may read a class library that shares
 * it; whoever may read a resource that uses it (asked of the resource's context).
 * The class rules themselves are the directory's, asked through the class-access port.
 */
@Injectable()
export class MediaAccess {
  constructor(
    @Inject(CLASS_ACCESS) private readonly classes: ClassAccessPort,
    private readonly readers: ResourceReaders,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
  ) {}

  async canSee(personId: Id, item: MediaItem): Promise<boolean> {
    if (item.ownerId === personId) return true;
    for (const classId of await this.media.classesSharing(item.id)) {
      if (classActionAllowed(await this.classes.of(personId, classId), 'media.class.read')) return true;
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
