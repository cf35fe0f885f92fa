import { Command, ErrorCodes } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Codes of a refused sending that the audit log keeps (the other failures are the sender's typing). */
export const AUDITED_SENDING_REFUSALS: readonly string[] = [
  ErrorCodes.RECIPIENT_NOT_ALLOWED,
  ErrorCodes.RATE_LIMITED,
  ErrorCodes.MODULE_DISABLED,
  ErrorCodes.FORBIDDEN,
];

/** The audit trail of a message refused before anything was stored (recipients, limits, switches). → void */
export class RecordSendingRefusedCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly code: string,
    readonly details: Record<string, unknown>,
  ) {
    super();
  }
}
