import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AdministrationEvents } from '@preau/contracts';
import { Outbox } from '@preau/platform';
import { RecordPrintingCommand } from './record-printing.command';

/**
 * Printing credentials is an act of the Administration table (docs/product/access-rules.md §5: "print login sheets"),
 * and every such act is audited: who, what, when, from where. The print queries only read (a GET prints the same twice,
 * decision 0010); the HTTP interface sends this command once the PDF is made and before it leaves, so that no PDF goes
 * out unrecorded. `CredentialsPrinted` is audited by the context's descriptor; the request gives the origin.
 */
@CommandHandler(RecordPrintingCommand)
export class RecordPrintingHandler implements ICommandHandler<RecordPrintingCommand, void> {
  constructor(private readonly outbox: Outbox) {}

  async execute({ actorId, schoolId, classId, what, accounts }: RecordPrintingCommand): Promise<void> {
    this.outbox.publish(AdministrationEvents.CredentialsPrinted, { schoolId, actorId, classId, what, accounts }, { actorId });
  }
}
