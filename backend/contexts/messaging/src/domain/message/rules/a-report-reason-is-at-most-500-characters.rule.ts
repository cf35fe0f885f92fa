import { type BusinessRule, rule } from '@preau/kernel';
import { charCount } from '../../people';
import { REPORT_REASON_MAX_CHARS } from '../message-types';

/** A report may say why, in at most 500 characters. (VALIDATION_FAILED) */
export const aReportReasonIsAtMost500Characters = (reason: string | null): BusinessRule =>
  rule('AReportReasonIsAtMost500Characters', 'VALIDATION_FAILED', 'A report reason has at most 500 characters.', () => reason !== null && charCount(reason.trim()) > REPORT_REASON_MAX_CHARS);
