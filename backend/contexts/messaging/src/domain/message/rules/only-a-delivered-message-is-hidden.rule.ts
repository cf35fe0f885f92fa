import { type BusinessRule, rule } from '@preau/kernel';
import type { MessageStatus } from '../message-types';

/** Only a delivered message is hidden: a held one is refused instead, a hidden one stays hidden. (CONFLICT) */
export const onlyADeliveredMessageIsHidden = (status: MessageStatus): BusinessRule =>
  rule('OnlyADeliveredMessageIsHidden', 'CONFLICT', 'Only a delivered message is hidden.', () => status !== 'delivered');
