import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type PreauConfig } from '@preau/platform';

/** The queue process: platform plumbing only for now (outbox relay, audit log); media processing comes next. */
@Module({})
export class WorkerModule {
  static register(config: PreauConfig): DynamicModule {
    return { module: WorkerModule, imports: [PlatformModule.forWorker(config)] };
  }
}
