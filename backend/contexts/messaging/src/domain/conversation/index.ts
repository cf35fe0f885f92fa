export * from './conversation';
export * from './conversation-types';
export * from './rules';
export * from './conversation.repository';
