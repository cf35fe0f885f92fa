export * from './article-submitted.event';
export * from './article-published.event';
export * from './article-sent-back.event';
export * from './article-unpublished.event';
