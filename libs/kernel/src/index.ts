export * from './domain-error';
export * from './aggregate-root';
export * from './clock';
export * from './ids';
