import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PREAU_CONFIG, type PreauConfig, resolveSigningSecret, SignedLinks } from '@preau/platform';
import { CreateFolderHandler } from './application/commands/create-folder/create-folder.handler';
import { CreateLinkHandler } from './application/commands/create-link/create-link.handler';
import { DeleteFolderHandler } from './application/commands/delete-folder/delete-folder.handler';
import { DeleteMediaHandler } from './application/commands/delete-media/delete-media.handler';
import { FailStaleProcessingHandler } from './application/commands/fail-stale-processing/fail-stale-processing.handler';
import { FinishProcessingHandler } from './application/commands/finish-processing/finish-processing.handler';
import { RegisterMediaUsageHandler } from './application/commands/register-media-usage/register-media-usage.handler';
import { RegisterUploadHandler } from './application/commands/register-upload/register-upload.handler';
import { ReleaseMediaUsageHandler } from './application/commands/release-media-usage/release-media-usage.handler';
import { RenameFolderHandler } from './application/commands/rename-folder/rename-folder.handler';
import { ShareWithClassHandler } from './application/commands/share-with-class/share-with-class.handler';
import { UnshareFromClassHandler } from './application/commands/unshare-from-class/unshare-from-class.handler';
import { UpdateMediaHandler } from './application/commands/update-media/update-media.handler';
import { MediaAccess } from './application/media-access';
import { MediaUploads } from './application/media-uploads';
import { MediaViews } from './application/media-views';
import { CONTENT_SNIFFER } from './application/ports/content-sniffer.port';
import { LINK_SIGNER, MEDIA_SETTINGS } from './application/ports/link-signer.port';
import { MEDIA_PROCESSOR } from './application/ports/media-processor.port';
import { MEDIA_STORAGE } from './application/ports/media-storage.port';
import { GetMediaHandler } from './application/queries/get-media/get-media.handler';
import { ListFoldersHandler } from './application/queries/list-folders/list-folders.handler';
import { ListMediaHandler } from './application/queries/list-media/list-media.handler';
import { ResolveFileHandler } from './application/queries/resolve-file/resolve-file.handler';
import { ViewResourceMediaHandler } from './application/queries/view-resource-media/view-resource-media.handler';
import { MEDIA_FOLDER_REPOSITORY } from './domain/media-folder/media-folder.repository';
import { MEDIA_ITEM_REPOSITORY } from './domain/media-item/media-item.repository';
import { FileTypeContentSniffer } from './infrastructure/file-type-content-sniffer';
import { MediaFolderSchema, MediaItemSchema } from './infrastructure/persistence/media-item.schema';
import { MikroOrmMediaRepository } from './infrastructure/persistence/mikro-orm-media.repository';
import { SharpFfmpegMediaProcessor } from './infrastructure/processing/sharp-ffmpeg-media-processor';
import { MediaProcessingRunner } from './infrastructure/queue/media-processing.runner';
import { FilesystemMediaStorage } from './infrastructure/storage/filesystem-media-storage';
import { S3MediaStorage } from './infrastructure/storage/s3-media-storage';
import { MediaController } from './interface/http/media.controller';

/** Media library: items, storage (filesystem or S3), background processing, signed delivery, class library. */
@Module({
  imports: [MikroOrmModule.forFeature([MediaItemSchema, MediaFolderSchema])],
  controllers: [MediaController],
  providers: [
    MikroOrmMediaRepository,
    { provide: MEDIA_ITEM_REPOSITORY, useExisting: MikroOrmMediaRepository },
    { provide: MEDIA_FOLDER_REPOSITORY, useExisting: MikroOrmMediaRepository },
    { provide: CONTENT_SNIFFER, useClass: FileTypeContentSniffer },
    {
      provide: MEDIA_STORAGE,
      inject: [PREAU_CONFIG],
      useFactory: (config: PreauConfig) => {
        const storage = config.media.storage;
        if (storage.kind === 'filesystem') return new FilesystemMediaStorage({ root: storage.root });
        return S3MediaStorage.fromSettings({
          endpoint: storage.endpoint,
          region: storage.region,
          bucket: storage.bucket,
          accessKeyId: storage.accessKeyId,
          secretAccessKey: storage.secretAccessKey,
          forcePathStyle: !!storage.endpoint,
        });
      },
    },
    { provide: MEDIA_PROCESSOR, useFactory: () => new SharpFfmpegMediaProcessor() },
    {
      provide: LINK_SIGNER,
      inject: [PREAU_CONFIG],
      useFactory: (config: PreauConfig) =>
        new SignedLinks(resolveSigningSecret(config.media.signingSecret, config.dataDir)),
    },
    { provide: MEDIA_SETTINGS, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => config.media },
    MediaAccess,
    MediaViews,
    RegisterUploadHandler,
    MediaUploads,
    CreateLinkHandler,
    UpdateMediaHandler,
    CreateFolderHandler,
    RenameFolderHandler,
    DeleteFolderHandler,
    ListFoldersHandler,
    DeleteMediaHandler,
    ShareWithClassHandler,
    UnshareFromClassHandler,
    RegisterMediaUsageHandler,
    ReleaseMediaUsageHandler,
    FinishProcessingHandler,
    FailStaleProcessingHandler,
    ListMediaHandler,
    GetMediaHandler,
    ViewResourceMediaHandler,
    ResolveFileHandler,
    MediaProcessingRunner,
  ],
  exports: [MediaProcessingRunner],
})
export class MediaModule {}
