import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type PreauConfig } from '@preau/platform';
import { CONTEXTS } from './contexts';
import { HealthController } from './health.controller';

/** The composition root of the HTTP process: the platform and every bounded context of `CONTEXTS`. */
@Module({})
export class AppModule {
  static register(config: PreauConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forApi(config, CONTEXTS), ...CONTEXTS.map((context) => context.module)],
      controllers: [HealthController],
    };
  }
}
