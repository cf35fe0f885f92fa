import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PREAU_CONFIG, type PreauConfig, resolveSigningSecret, SignedLinks } from '@preau/platform';
import { CreateLinkHandler, RegisterUploadHandler } from './application/commands/upload.handlers';
import { MediaUploads } from './application/media-uploads';
import {
  DeleteMediaHandler,
  RegisterMediaUsageHandler,
  ReleaseMediaUsageHandler,
  ShareWithClassHandler,
  UnshareFromClassHandler,
  UpdateMediaHandler,
} from './application/commands/library.handlers';
import { CreateFolderHandler, DeleteFolderHandler, RenameFolderHandler } from './application/commands/folder.handlers';
import { FailStaleProcessingHandler, FinishProcessingHandler } from './application/commands/processing.handlers';
import { MediaAccess } from './application/media-access';
import { MediaViews } from './application/media-views';
import { CONTENT_SNIFFER } from './application/ports/content-sniffer.port';
import { LINK_SIGNER, MEDIA_SETTINGS } from './application/ports/link-signer.port';
import { MEDIA_PROCESSOR } from './application/ports/media-processor.port';
import { MEDIA_STORAGE } from './application/ports/media-storage.port';
import { MEDIA_REPOSITORY } from './application/ports/media.repository';
import { GetMediaHandler, ListFoldersHandler, ListMediaHandler, ViewResourceMediaHandler } from './application/queries/media.queries';
import { ResolveFileHandler } from './application/queries/resolve-file.query';
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
    { provide: MEDIA_REPOSITORY, useClass: MikroOrmMediaRepository },
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
    { provide: LINK_SIGNER, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => new SignedLinks(resolveSigningSecret(config.media.signingSecret, config.dataDir)) },
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
