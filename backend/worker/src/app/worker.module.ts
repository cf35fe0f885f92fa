import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type PreauConfig } from '@preau/platform';
import { CONTEXTS } from './contexts';

/** The queue process: the platform and every bounded context of `CONTEXTS` (their consumers and background work). */
@Module({})
export class WorkerModule {
  static register(config: PreauConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forWorker(config, CONTEXTS), ...CONTEXTS.map((context) => context.module)],
    };
  }
}
