import { MediaEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { MEDIA_MIGRATIONS } from './infrastructure/persistence/migrations';
import { MediaProcessingRunner } from './infrastructure/queue/media-processing.runner';
import { MediaModule } from './media.module';

/** The media library: its processing queue runs in the worker, fed by its own `media.uploaded` events. */
export const MEDIA_CONTEXT = defineContext({
  name: 'media',
  module: MediaModule,
  migrations: MEDIA_MIGRATIONS,
  events: Object.values(MediaEvents),
  consumers: [MediaProcessingRunner],
  background: [MediaProcessingRunner],
});
