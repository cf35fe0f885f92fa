import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents, type MediaItemView, RegisterMediaUsageCommand, ReleaseMediaUsageCommand } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MediaAccess } from '../media-access';
import { ownFolder } from './folder.handlers';
import { MediaViews } from '../media-views';
import { MEDIA_SETTINGS, type MediaSettings } from '../ports/link-signer.port';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

export class UpdateMediaCommand {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    readonly changes: { title?: string; folderId?: Id | null },
  ) {}
}

export class DeleteMediaCommand {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    /** Delete even if other resources use it (their readers then see "this document was removed"). */
    readonly force: boolean,
  ) {}
}

export class ShareWithClassCommand {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {}
}

export class UnshareFromClassCommand {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {}
}

/** The owner renames an item or moves it into one of their folders (or back to the root). */
@CommandHandler(UpdateMediaCommand)
export class UpdateMediaHandler implements ICommandHandler<UpdateMediaCommand, MediaItemView> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, mediaId, changes }: UpdateMediaCommand): Promise<MediaItemView> {
    const item = await this.access.owned(actorId, mediaId);
    if (changes.title !== undefined) item.rename(changes.title);
    if (changes.folderId !== undefined) item.folderId = changes.folderId === null ? null : (await ownFolder(this.media, actorId, changes.folderId)).id;
    return this.views.view(item, actorId, await this.media.classesSharing(item.id));
  }
}

@CommandHandler(DeleteMediaCommand)
export class DeleteMediaHandler implements ICommandHandler<DeleteMediaCommand, void> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, mediaId, force }: DeleteMediaCommand): Promise<void> {
    const item = await this.access.owned(actorId, mediaId);
    const usages = (await this.media.usagesOf(item.id)).length + (await this.media.classesSharing(item.id)).length;
    if (usages > 0 && !force) {
      throw new DomainError(ErrorCodes.MEDIA_IN_USE, 'This document is used elsewhere; confirm to delete it anyway.', { usages, rule: 'AnItemInUseIsDeletedOnlyOnConfirmation' });
    }
    this.media.remove(item);
    // The worker deletes the bytes on this event, once the deletion is committed.
    this.outbox.publish(MediaEvents.Deleted, { mediaId: item.id, ownerId: item.ownerId });
  }
}

/** The teacher shares one of their items into the class library (fiches outil...). */
@CommandHandler(ShareWithClassCommand)
export class ShareWithClassHandler implements ICommandHandler<ShareWithClassCommand, MediaItemView> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(MEDIA_SETTINGS) private readonly settings: MediaSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, classId, mediaId }: ShareWithClassCommand): Promise<MediaItemView> {
    const access = await this.access.checkClassAction(actorId, classId, 'media.class.share');
    const item = await this.access.owned(actorId, mediaId);
    const already = await this.media.classesSharing(item.id);
    if (!already.includes(classId)) {
      await this.media.lockQuota(`class:${classId}`);
      const used = await this.media.bytesSharedWith(classId);
      if (used + item.storedBytes > this.settings.classQuotaBytes) {
        throw new DomainError(ErrorCodes.QUOTA_EXCEEDED, 'The class library is full.', { used, quota: this.settings.classQuotaBytes });
      }
      await this.media.share(classId, item.id, actorId, this.clock.now());
      this.outbox.publish(MediaEvents.SharedWithClass, { mediaId: item.id, classId, schoolId: access.schoolId });
    }
    return this.views.view(item, actorId, [...new Set([...already, classId])]);
  }
}

@CommandHandler(UnshareFromClassCommand)
export class UnshareFromClassHandler implements ICommandHandler<UnshareFromClassCommand, void> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
  ) {}

  async execute({ actorId, classId, mediaId }: UnshareFromClassCommand): Promise<void> {
    await this.access.checkClassAction(actorId, classId, 'media.class.share');
    if (!(await this.media.unshare(classId, mediaId))) throw new DomainError(ErrorCodes.NOT_FOUND, 'This item is not in the class library.');
  }
}

/** Other contexts register which media their resources use (by reference, never by copy). */
@CommandHandler(RegisterMediaUsageCommand)
export class RegisterMediaUsageHandler implements ICommandHandler<RegisterMediaUsageCommand, void> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, usage, mediaIds }: RegisterMediaUsageCommand): Promise<void> {
    const unique = [...new Set(mediaIds)];
    // An author embeds only what they may see themselves: nobody widens access to someone else's file.
    const unseen: string[] = [];
    for (const id of unique) {
      const item = await this.media.byId(id);
      if (!item || !(await this.access.canSee(actorId, item))) unseen.push(id);
    }
    if (unseen.length > 0) {
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'Some media items do not exist or are not yours to use.', {
        errors: [{ field: 'mediaIds', message: `Unknown media items: ${unseen.join(', ')}` }],
        mediaIds: unseen,
        rule: 'AnAuthorUsesOnlyItemsTheyMaySee',
      });
    }
    await this.media.replaceUsages(usage, unique, this.clock.now());
  }
}

@CommandHandler(ReleaseMediaUsageCommand)
export class ReleaseMediaUsageHandler implements ICommandHandler<ReleaseMediaUsageCommand, void> {
  constructor(@Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository) {}

  execute({ usage }: ReleaseMediaUsageCommand): Promise<void> {
    return this.media.releaseUsages(usage);
  }
}
