export * from './message-sent.event';
export * from './message-held.event';
export * from './message-approved.event';
export * from './message-refused.event';
export * from './message-hidden.event';
export * from './message-reported.event';
