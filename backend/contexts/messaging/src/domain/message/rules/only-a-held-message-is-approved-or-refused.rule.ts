import { type BusinessRule, rule } from '@preau/kernel';
import type { MessageStatus } from '../message-types';

/** Only a held message is approved or refused. (CONFLICT) */
export const onlyAHeldMessageIsApprovedOrRefused = (status: MessageStatus): BusinessRule =>
  rule('OnlyAHeldMessageIsApprovedOrRefused', 'CONFLICT', 'Only a held message is approved or refused.', () => status !== 'held');
