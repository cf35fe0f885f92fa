export {
  MODERATION_QUEUE,
  ModerationQueue,
  QueueItemLinksTemplate,
  QueueItemTemplate,
  queue,
} from './moderation-queue';
export type { Queue, QueueAction, QueueActionEvent, QueueAnnouncement, QueueText } from './moderation-queue';
export { ClassModerationPage } from './class-moderation-page';
export type { ClassQueueStore } from './class-moderation-page';
