export * from './people';
export * from './rule-details';
export * from './conversation';
export * from './message';
export * from './limits';
export * from './draft';
