import { Command, type PartnershipView } from '@preau/contracts';

export class RequestPartnershipCommand extends Command<PartnershipView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly partnerClassId: string,
  ) {
    super();
  }
}
