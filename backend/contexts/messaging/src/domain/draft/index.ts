export * from './draft';
export * from './draft.repository';
