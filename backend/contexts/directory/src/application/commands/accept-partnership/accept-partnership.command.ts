import { Command, type PartnershipView } from '@preau/contracts';

export class AcceptPartnershipCommand extends Command<PartnershipView> {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {
    super();
  }
}
