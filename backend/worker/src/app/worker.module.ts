import { type DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@preau/directory';
import { MediaModule } from '@preau/media';
import { MessagingModule } from '@preau/messaging';
import { PlatformModule, type PreauConfig } from '@preau/platform';

/** The queue process: outbox relay, audit log, media processing, messaging's live delivery (slow path). */
@Module({})
export class WorkerModule {
  static register(config: PreauConfig): DynamicModule {
    return { module: WorkerModule, imports: [PlatformModule.forWorker(config), DirectoryModule, MediaModule, MessagingModule] };
  }
}
