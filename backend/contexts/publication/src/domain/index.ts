export * from './actor';
export * from './article';
export * from './comment';
