export * from './errors';
export * from './paging';
export * from './identity';
export * from './directory';
export * from './platform';
export * from './demo/demo-academy';
export * from './media';
