import { type DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@preau/directory';
import { IdentityModule } from '@preau/identity';
import { MediaModule } from '@preau/media';
import { PlatformModule, type PreauConfig } from '@preau/platform';
import { PublicationModule } from '@preau/publication';
import { MessagingModule } from '@preau/messaging';
import { HealthController } from './health.controller';

/** The composition root of the HTTP process: the platform and every bounded context. */
@Module({})
export class AppModule {
  static register(config: PreauConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forApi(config), IdentityModule, DirectoryModule, MediaModule, PublicationModule, MessagingModule],
      controllers: [HealthController],
    };
  }
}
