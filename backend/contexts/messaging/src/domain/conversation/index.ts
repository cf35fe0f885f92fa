export * from './conversation';
export * from './conversation-types';
export * from './rules';
