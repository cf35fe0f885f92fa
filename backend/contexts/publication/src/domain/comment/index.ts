export * from './comment';
export * from './comment-types';
export * from './comment-policies';
export * from './events';
export * from './rules';
export * from './comment.repository';
