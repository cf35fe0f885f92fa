// The directory domain's public surface, for the context's application layer.
export * from './policies/directory-graph';
export * from './policies/communication.policy';
export * from './policies/class-access.policy';
export * from './policies/administration.policy';
export * from './policies/group.policy';
export * from './policies/messaging.policy';
