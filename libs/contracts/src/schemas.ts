/**
 * Request validation schemas (zod), a separate entry point (`@preau/contracts/schemas`) so that the web
 * app can import the contracts' values without bundling zod.
 */
export * from './identity/schemas';
export * from './directory/schemas';
export * from './media/schemas';
export * from './publication/schemas';
export * from './messaging/schemas';
export * from './administration/schemas';
