import { type DynamicModule, Module } from '@nestjs/common';
import { MediaModule } from '@preau/media';
import { PlatformModule, type PreauConfig } from '@preau/platform';

/** The queue process: outbox relay, audit log, media processing. */
@Module({})
export class WorkerModule {
  static register(config: PreauConfig): DynamicModule {
    return { module: WorkerModule, imports: [PlatformModule.forWorker(config), MediaModule] };
  }
}
