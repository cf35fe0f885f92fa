import { Inject, Injectable } from '@nestjs/common';
import { type ClassAccess, type ClassAction, ErrorCodes, GetClassAccessQuery, moduleOf } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { Bus } from '@preau/platform';
import type { MediaItem } from '../domain/media-item';
import { MEDIA_REPOSITORY, type MediaRepository } from './ports/media.repository';

/**
 * Who may see a media item (access-rules.md): its owner; whoever may read a class library that shares
 * it; whoever may read a resource that uses it (the usage names the class and the action needed).
 * The class rules themselves are the directory's, asked through GetClassAccessQuery.
 */
@Injectable()
export class MediaAccess {
  constructor(
    private readonly bus: Bus,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
  ) {}

  async classAccess(personId: Id, classId: Id): Promise<ClassAccess> {
    return this.bus.query<ClassAccess>(new GetClassAccessQuery(personId, classId));
  }

  /** Throws NOT_FOUND / FORBIDDEN / MODULE_DISABLED unless the person may do `action` in the class. */
  async checkClassAction(personId: Id, classId: Id, action: ClassAction): Promise<ClassAccess> {
    const access = await this.classAccess(personId, classId);
    if (!access.known) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    if (!access.allowed.includes(action)) throw new DomainError(ErrorCodes.FORBIDDEN, 'You may not do this in this class.', { action });
    const module = moduleOf(action);
    if (module && !access.modules[module]) throw new DomainError(ErrorCodes.MODULE_DISABLED, `The ${module} module is switched off for this class.`, { module });
    return access;
  }

  private allows(access: ClassAccess, action: string): boolean {
    const module = moduleOf(action as ClassAction);
    return access.allowed.includes(action as ClassAction) && (!module || access.modules[module]);
  }

  async canSee(personId: Id, item: MediaItem): Promise<boolean> {
    if (item.ownerId === personId) return true;
    const grants = [
      ...(await this.media.classesSharing(item.id)).map((classId) => ({ classId, action: 'media.class.read' })),
      ...(await this.media.usagesOf(item.id)).map((u) => ({ classId: u.classId, action: u.action })),
    ];
    const byClass = new Map<Id, Promise<ClassAccess>>();
    for (const grant of grants) {
      if (!byClass.has(grant.classId)) byClass.set(grant.classId, this.classAccess(personId, grant.classId));
      if (this.allows(await (byClass.get(grant.classId) as Promise<ClassAccess>), grant.action)) return true;
    }
    return false;
  }

  /** The item, if the person may see it; otherwise NOT_FOUND (they may not even know it exists). */
  async visible(personId: Id, id: Id): Promise<MediaItem> {
    const item = await this.media.byId(id);
    if (!item || !(await this.canSee(personId, item))) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such media item.');
    return item;
  }

  async owned(personId: Id, id: Id): Promise<MediaItem> {
    const item = await this.visible(personId, id);
    if (item.ownerId !== personId) throw new DomainError(ErrorCodes.FORBIDDEN, 'Only its owner changes a media item.', { rule: 'OnlyTheOwnerChangesAnItem' });
    return item;
  }
}
