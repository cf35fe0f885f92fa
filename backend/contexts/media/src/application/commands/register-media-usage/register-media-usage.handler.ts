import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, RegisterMediaUsageCommand } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { CLASS_ACCESS, type ClassAccessPort, classActionAllowed, ResourceReaders } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';

/** Other contexts register which media their resources use (by reference, never by copy). */
@CommandHandler(RegisterMediaUsageCommand)
export class RegisterMediaUsageHandler implements ICommandHandler<RegisterMediaUsageCommand, { mediaIds: string[] }> {
  constructor(
    @Inject(CLASS_ACCESS) private readonly classes: ClassAccessPort,
    private readonly readers: ResourceReaders,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, usage, mediaIds, options }: RegisterMediaUsageCommand): Promise<{ mediaIds: string[] }> {
    // Nobody could ever read a resource of a kind no context answers for: its items would be shown to no one.
    if (!this.readers.knows(usage.context)) {
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, `No context reads resources of kind "${usage.context}".`, {
        errors: [{ field: 'usage.context', message: `Unknown resource kind: ${usage.context}` }],
        rule: 'AUsageIsOfAKnownResourceKind',
      });
    }
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
        classLibraryOpen ??= classActionAllowed(await this.classes.of(actorId, options.classId), 'media.class.read');
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
