export * from './sending-limits';
export * from './rules';
