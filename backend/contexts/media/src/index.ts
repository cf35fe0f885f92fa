export { MediaModule } from './media.module';
export { MediaProcessingRunner } from './infrastructure/queue/media-processing.runner';
