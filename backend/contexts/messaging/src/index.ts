// The messaging context's public surface: its Nest module (the API and the worker import it) and the worker's consumer.
export { MessagingModule } from './messaging.module';
export { MessagingLiveConsumer } from './interface/events/messaging-live.consumer';
