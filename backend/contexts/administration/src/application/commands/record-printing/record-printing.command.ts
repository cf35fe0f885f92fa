import { type CredentialsPrintedPayload, Command } from '@preau/contracts';

/** Records that A printed credentials of school S (login sheets or family letters, one class or all). */
export class RecordPrintingCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly classId: string | null,
    readonly what: CredentialsPrintedPayload['what'],
    readonly accounts: number,
  ) {
    super();
  }
}
