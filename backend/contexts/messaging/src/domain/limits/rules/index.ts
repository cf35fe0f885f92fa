export * from './a-message-stays-within-its-recipient-limit.rule';
export * from './an-account-stays-within-its-send-rate.rule';
export * from './index';
