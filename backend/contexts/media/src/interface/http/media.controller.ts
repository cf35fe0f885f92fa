import '@fastify/multipart';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCodes, type MediaFolderView, type MediaItemView, type MediaPage } from '@preau/contracts';
import {
  createLinkRequestSchema,
  folderRequestSchema,
  listMediaQuerySchema,
  shareMediaRequestSchema,
  updateMediaRequestSchema,
} from '@preau/contracts/schemas';
import { DomainError } from '@preau/kernel';
import { type AuthenticatedUser, Bus, CurrentUser, PREAU_CONFIG, type PreauConfig, Public } from '@preau/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CreateFolderCommand } from '../../application/commands/create-folder/create-folder.command';
import { CreateLinkCommand } from '../../application/commands/create-link/create-link.command';
import { DeleteFolderCommand } from '../../application/commands/delete-folder/delete-folder.command';
import { DeleteMediaCommand } from '../../application/commands/delete-media/delete-media.command';
import { RenameFolderCommand } from '../../application/commands/rename-folder/rename-folder.command';
import { ShareWithClassCommand } from '../../application/commands/share-with-class/share-with-class.command';
import { UnshareFromClassCommand } from '../../application/commands/unshare-from-class/unshare-from-class.command';
import { UpdateMediaCommand } from '../../application/commands/update-media/update-media.command';
import { MediaUploads } from '../../application/media-uploads';
import { MEDIA_STORAGE, MediaObjectNotFound, type MediaStorage } from '../../application/ports/media-storage.port';
import { GetMediaQuery } from '../../application/queries/get-media/get-media.query';
import { ListFoldersQuery } from '../../application/queries/list-folders/list-folders.query';
import { ListMediaQuery } from '../../application/queries/list-media/list-media.query';
import { ResolveFileQuery } from '../../application/queries/resolve-file/resolve-file.query';
import { parseRange } from './range';

class CreateLinkDto extends createZodDto(createLinkRequestSchema) {}
class UpdateDto extends createZodDto(updateMediaRequestSchema) {}
class FolderDto extends createZodDto(folderRequestSchema) {}
class ListQueryDto extends createZodDto(listMediaQuerySchema) {}
class ShareDto extends createZodDto(shareMediaRequestSchema) {}

/** A title from the uploaded name, for display only: the stored name is always the item id. */
function titleFrom(filename: string | undefined): string {
  const base = [...(filename ?? '').replace(/\.[^.]{1,8}$/, '')]
    .filter((c) => c.charCodeAt(0) >= 32)
    .join('')
    .trim();
  return base.slice(0, 200) || 'Document';
}

@ApiTags('media')
@Controller()
export class MediaController {
  constructor(
    private readonly bus: Bus,
    private readonly uploads: MediaUploads,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
  ) {}

  @Post('media')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload a file (multipart `file`, optional `title` before it); processed in the background',
  })
  async upload(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<MediaItemView> {
    if (!request.isMultipart())
      throw new DomainError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'Send multipart/form-data with a `file` field.');
    const part = await request.file({
      limits: { fileSize: this.config.media.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000 },
    });
    if (!part)
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'No file was sent.', {
        errors: [{ field: 'file', message: 'Required' }],
      });
    // Streamed to a temporary file: an upload is never held in memory.
    const temp = join(tmpdir(), `preau-upload-${randomUUID()}`);
    try {
      await pipeline(part.file, createWriteStream(temp));
      if (part.file.truncated) {
        throw new DomainError(
          ErrorCodes.PAYLOAD_TOO_LARGE,
          `A file may weigh at most ${Math.round(this.config.media.maxUploadBytes / 1024 / 1024)} MB.`,
        );
      }
      const titleField = part.fields['title'];
      const given =
        titleField && 'value' in titleField && typeof titleField.value === 'string' ? titleField.value : undefined;
      const { size } = await stat(temp);
      return await this.uploads.upload(user.id, temp, size, given?.trim() || titleFrom(part.filename));
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  @Post('media/links')
  @ApiOperation({ summary: 'Add a link (http/https) with a title; the server never fetches it' })
  createLink(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateLinkDto): Promise<MediaItemView> {
    return this.bus.command(new CreateLinkCommand(user.id, body.url, body.title));
  }

  @Get('media')
  @ApiOperation({
    summary: 'My library (`scope=mine`) or a class library (`scope=class:<id>`), newest first, paged by cursor',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListQueryDto): Promise<MediaPage> {
    const scope = query.scope.startsWith('class:') ? { classId: query.scope.slice(6) } : ({ mine: true } as const);
    return this.bus.query(
      new ListMediaQuery(user.id, scope, {
        q: query.q,
        kind: query.kind,
        folderId: query.folderId,
        cursor: query.cursor,
        limit: query.limit,
      }),
    );
  }

  @Get('media/files/:token')
  @Public()
  @ApiOperation({ summary: 'A file through its short-lived signed link (no session needed); byte ranges for players' })
  async file(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.bus.query(new ResolveFileQuery(token));
    const range = parseRange(request.headers.range, file.size);
    const open = (r?: { start: number; end: number }) =>
      this.storage.get(file.key, r).catch((error: unknown) => {
        throw error instanceof MediaObjectNotFound
          ? new DomainError(ErrorCodes.NOT_FOUND, 'This document was removed.')
          : error;
      });
    const body = range === 'unsatisfiable' ? null : await open(range ?? undefined);
    reply
      .header('content-type', file.contentType)
      .header('x-content-type-options', 'nosniff')
      .header(
        'content-security-policy',
        "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'",
      )
      .header('content-disposition', `${file.disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('accept-ranges', 'bytes')
      .header('cache-control', 'private, max-age=900')
      .header('cross-origin-resource-policy', 'same-origin');
    if (range === 'unsatisfiable') {
      reply.status(416).header('content-range', `bytes */${file.size}`).send();
      return;
    }
    if (range) {
      reply
        .status(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
        .header('content-length', String(range.end - range.start + 1));
      return reply.send(body);
    }
    reply.header('content-length', String(file.size));
    return reply.send(body);
  }

  @Get('media/:id')
  @ApiOperation({ summary: 'A media item I may see, with signed links to its renditions' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<MediaItemView> {
    return this.bus.query(new GetMediaQuery(user.id, id));
  }

  @Patch('media/:id')
  @ApiOperation({
    summary: 'Rename one of my items, or move it into one of my folders (`folderId: null` for the root)',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDto,
  ): Promise<MediaItemView> {
    return this.bus.command(new UpdateMediaCommand(user.id, id, body));
  }

  @Get('media/folders')
  @ApiOperation({ summary: 'My folders, with how many items each holds' })
  folders(@CurrentUser() user: AuthenticatedUser): Promise<MediaFolderView[]> {
    return this.bus.query(new ListFoldersQuery(user.id));
  }

  @Post('media/folders')
  @ApiOperation({ summary: 'Make a folder in my library' })
  createFolder(@CurrentUser() user: AuthenticatedUser, @Body() body: FolderDto): Promise<MediaFolderView> {
    return this.bus.command(new CreateFolderCommand(user.id, body.name));
  }

  @Patch('media/folders/:id')
  @ApiOperation({ summary: 'Rename one of my folders' })
  renameFolder(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FolderDto,
  ): Promise<MediaFolderView> {
    return this.bus.command(new RenameFolderCommand(user.id, id, body.name));
  }

  @Delete('media/folders/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my folders; its items go back to the root' })
  async deleteFolder(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new DeleteFolderCommand(user.id, id));
  }

  @Delete('media/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of my items; 409 MEDIA_IN_USE unless `force=true` when it is used elsewhere' })
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('force') force?: string,
  ): Promise<void> {
    await this.bus.command(new DeleteMediaCommand(user.id, id, force === 'true'));
  }

  @Post('classes/:classId/media')
  @HttpCode(200)
  @ApiOperation({ summary: 'Share one of my items into the class library (teachers of the class)' })
  share(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Body() body: ShareDto,
  ): Promise<MediaItemView> {
    return this.bus.command(new ShareWithClassCommand(user.id, classId, body.mediaId));
  }

  @Delete('classes/:classId/media/:mediaId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an item from the class library' })
  async unshare(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Param('mediaId', ParseUUIDPipe) mediaId: string,
  ): Promise<void> {
    await this.bus.command(new UnshareFromClassCommand(user.id, classId, mediaId));
  }
}
