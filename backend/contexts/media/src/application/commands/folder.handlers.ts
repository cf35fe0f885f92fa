import { Command } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, type MediaFolderView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id, newId } from '@preau/kernel';
import { MediaFolder } from '../../domain/media-folder';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

export class CreateFolderCommand extends Command<MediaFolderView> {
  constructor(
    readonly ownerId: Id,
    readonly name: string,
  ) {
    super();
  }
}

export class RenameFolderCommand extends Command<MediaFolderView> {
  constructor(
    readonly ownerId: Id,
    readonly folderId: Id,
    readonly name: string,
  ) {
    super();
  }
}

export class DeleteFolderCommand extends Command<void> {
  constructor(
    readonly ownerId: Id,
    readonly folderId: Id,
  ) {
    super();
  }
}

/** A person's own folder, or NOT_FOUND: nobody sees another's folders. */
export async function ownFolder(media: MediaRepository, ownerId: Id, folderId: Id): Promise<MediaFolder> {
  const folder = await media.folder(folderId);
  if (!folder || folder.ownerId !== ownerId) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such folder.');
  return folder;
}

async function checkUniqueName(media: MediaRepository, ownerId: Id, name: string, except?: Id): Promise<void> {
  const same = await media.folderNamed(ownerId, name.trim().replace(/\s+/g, ' '));
  if (same && same.id !== except)
    throw new DomainError(ErrorCodes.CONFLICT, 'You already have a folder of that name.', {
      rule: 'FolderNamesAreUnique',
    });
}

@CommandHandler(CreateFolderCommand)
export class CreateFolderHandler implements ICommandHandler<CreateFolderCommand, MediaFolderView> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, name }: CreateFolderCommand): Promise<MediaFolderView> {
    await checkUniqueName(this.media, ownerId, name);
    const folder = MediaFolder.create({ id: newId(), ownerId, name, now: this.clock.now() });
    this.media.addFolder(folder);
    return { id: folder.id, name: folder.name, itemCount: 0 };
  }
}

@CommandHandler(RenameFolderCommand)
export class RenameFolderHandler implements ICommandHandler<RenameFolderCommand, MediaFolderView> {
  constructor(@Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository) {}

  async execute({ ownerId, folderId, name }: RenameFolderCommand): Promise<MediaFolderView> {
    const folder = await ownFolder(this.media, ownerId, folderId);
    await checkUniqueName(this.media, ownerId, name, folder.id);
    folder.rename(name);
    const counted = (await this.media.foldersOf(ownerId)).find((f) => f.folder.id === folder.id);
    return { id: folder.id, name: folder.name, itemCount: counted?.itemCount ?? 0 };
  }
}

/** Deleting a folder keeps its items: they go back to the root of the library. */
@CommandHandler(DeleteFolderCommand)
export class DeleteFolderHandler implements ICommandHandler<DeleteFolderCommand, void> {
  constructor(@Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository) {}

  async execute({ ownerId, folderId }: DeleteFolderCommand): Promise<void> {
    this.media.removeFolder(await ownFolder(this.media, ownerId, folderId));
  }
}
