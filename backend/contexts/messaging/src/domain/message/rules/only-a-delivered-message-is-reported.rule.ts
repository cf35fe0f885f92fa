import { type BusinessRule, rule } from '@preau/kernel';
import type { MessageStatus } from '../message-types';

/** Only a delivered message is reported (a hidden one is already dealt with). (CONFLICT) */
export const onlyADeliveredMessageIsReported = (status: MessageStatus): BusinessRule =>
  rule('OnlyADeliveredMessageIsReported', 'CONFLICT', 'Only a delivered message is reported.', () => status !== 'delivered');
