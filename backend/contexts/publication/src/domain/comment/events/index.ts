export * from './comment-awaiting-moderation.event';
