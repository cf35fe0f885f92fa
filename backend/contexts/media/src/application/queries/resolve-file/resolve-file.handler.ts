import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { SignedLinks } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { LINK_SIGNER } from '../../ports/link-signer.port';
import { type ResolvedFile, ResolveFileQuery } from './resolve-file.query';

/** Kinds of content a browser may show inline; everything else is served as an attachment. */
const INLINE = /^(image\/(jpeg|png|webp|gif)|audio\/|video\/|application\/pdf$)/;

@QueryHandler(ResolveFileQuery)
export class ResolveFileHandler implements IQueryHandler<ResolveFileQuery, ResolvedFile> {
  constructor(
    @Inject(LINK_SIGNER) private readonly links: SignedLinks,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
  ) {}

  async execute({ token }: ResolveFileQuery): Promise<ResolvedFile> {
    const check = this.links.verify(token);
    if (!check.ok) {
      throw check.why === 'expired'
        ? new DomainError(ErrorCodes.LINK_EXPIRED, 'This link has expired; reload the page.')
        : new DomainError(ErrorCodes.NOT_FOUND, 'No such file.');
    }
    const [mediaId, name] = check.subject.split('/');
    const item = /^[0-9a-f-]{36}$/.test(mediaId) ? await this.media.byId(mediaId) : null;
    const rendition = item?.rendition(name);
    if (!item || !rendition) throw new DomainError(ErrorCodes.NOT_FOUND, 'This document was removed.');
    const extension =
      rendition.contentType
        .split('/')[1]
        ?.replace(/[^a-z0-9]/g, '')
        .slice(0, 5) || 'bin';
    const safeTitle = item.title.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 80) || 'document';
    return {
      key: rendition.key,
      contentType: rendition.contentType,
      size: rendition.size,
      // Never an SVG or HTML inline: only the allowlisted kinds are.
      disposition: INLINE.test(rendition.contentType) ? 'inline' : 'attachment',
      filename: `${safeTitle}.${extension}`,
    };
  }
}
