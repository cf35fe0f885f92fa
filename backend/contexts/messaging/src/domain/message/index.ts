export * from './message';
export * from './message-types';
export * from './message-view';
export * from './events';
export * from './rules';
export * from './message.repository';
