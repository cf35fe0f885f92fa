import { Command } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ErrorCodes,
  MediaEvents,
  type MediaItemView,
  RegisterMediaUsageCommand,
  ReleaseMediaUsageCommand,
} from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id } from '@preau/kernel';
import { classActionAllowed, Outbox } from '@preau/platform';
import { MediaAccess } from '../media-access';
import { ownFolder } from './folder.handlers';
import { MediaViews } from '../media-views';
import { MEDIA_SETTINGS, type MediaSettings } from '../ports/link-signer.port';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

export class UpdateMediaCommand extends Command<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    readonly changes: { title?: string; folderId?: Id | null },
  ) {
    super();
  }
}

export class DeleteMediaCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    /** Delete even if other resources use it (their readers then see "this document was removed"). */
    readonly force: boolean,
  ) {
    super();
  }
}

export class ShareWithClassCommand extends Command<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
}

export class UnshareFromClassCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
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
    if (changes.folderId !== undefined)
      item.folderId = changes.folderId === null ? null : (await ownFolder(this.media, actorId, changes.folderId)).id;
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
      throw new DomainError(ErrorCodes.MEDIA_IN_USE, 'This document is used elsewhere; confirm to delete it anyway.', {
        usages,
        rule: 'AnItemInUseIsDeletedOnlyOnConfirmation',
      });
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
        throw new DomainError(ErrorCodes.QUOTA_EXCEEDED, 'The class library is full.', {
          used,
          quota: this.settings.classQuotaBytes,
        });
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
    if (!(await this.media.unshare(classId, mediaId)))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'This item is not in the class library.');
  }
}

/** Other contexts register which media their resources use (by reference, never by copy). */
@CommandHandler(RegisterMediaUsageCommand)
export class RegisterMediaUsageHandler implements ICommandHandler<RegisterMediaUsageCommand, { mediaIds: string[] }> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, usage, mediaIds, options }: RegisterMediaUsageCommand): Promise<{ mediaIds: string[] }> {
    const registered = new Set(await this.media.usedIds(usage));
    const previous = new Set(options.previous ?? []);
    let classLibraryOpen: boolean | undefined;
    const kept: string[] = [];
    const refused: string[] = [];
    for (const id of new Set(mediaIds)) {
      const item = await this.media.byId(id);
      if (!item) {
        // Deleted since the author last saved: the reference shows "removed" to readers, the list moves on.
        if (!previous.has(id) && !registered.has(id)) refused.push(id);
        continue;
      }
      if (item.ownerId === actorId || registered.has(id)) {
        kept.push(id);
        continue;
      }
      if (options.classId && (await this.media.classesSharing(id)).includes(options.classId)) {
        classLibraryOpen ??= classActionAllowed(
          await this.access.classAccess(actorId, options.classId),
          'media.class.read',
        );
        if (classLibraryOpen) {
          kept.push(id);
          continue;
        }
      }
      refused.push(id);
    }
    if (refused.length > 0) {
      // Nobody widens access to someone else's file: seeing it through another article is not enough.
      throw new DomainError(
        ErrorCodes.VALIDATION_FAILED,
        'Some media items do not exist or are not yours to use here.',
        {
          errors: [{ field: 'mediaIds', message: `Not usable here: ${refused.join(', ')}` }],
          mediaIds: refused,
          rule: 'AnAuthorUsesOwnOrClassLibraryItems',
        },
      );
    }
    await this.media.replaceUsages(usage, kept, this.clock.now());
    return { mediaIds: kept };
  }
}

@CommandHandler(ReleaseMediaUsageCommand)
export class ReleaseMediaUsageHandler implements ICommandHandler<ReleaseMediaUsageCommand, void> {
  constructor(@Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository) {}

  execute({ usage }: ReleaseMediaUsageCommand): Promise<void> {
    return this.media.releaseUsages(usage);
  }
}
