export * from './article';
export * from './article-types';
export * from './article-policies';
export * from './events';
export * from './rules';
export * from './article-permissions';
export * from './article.repository';
