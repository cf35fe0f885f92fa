import { Command } from '@preau/contracts';

export class EndPartnershipCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {
    super();
  }
}
