import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { MessageReport } from '../message-types';

/** A person reports a message once. (CONFLICT) */
export const aMessageIsReportedOncePerPerson = (reports: readonly MessageReport[], by: Id): BusinessRule =>
  rule('AMessageIsReportedOncePerPerson', 'CONFLICT', 'You already reported this message.', () => reports.some((r) => r.by === by));
