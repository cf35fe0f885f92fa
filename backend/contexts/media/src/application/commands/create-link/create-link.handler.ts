import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MediaItemView } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { MediaItem } from '../../../domain/media-item/media-item';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaViews } from '../../media-views';
import { CreateLinkCommand } from './create-link.command';

/** A link is a title and an http(s) URL; the server never fetches it (no request forgery). */
@CommandHandler(CreateLinkCommand)
export class CreateLinkHandler implements ICommandHandler<CreateLinkCommand, MediaItemView> {
  constructor(
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: MediaViews,
  ) {}

  async execute({ ownerId, url, title }: CreateLinkCommand): Promise<MediaItemView> {
    const item = MediaItem.link({ id: newId(), ownerId, url, title, now: this.clock.now() });
    this.media.add(item);
    return this.views.view(item, ownerId, []);
  }
}
