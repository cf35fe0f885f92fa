import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes, type PartnershipView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { classAccess } from '../../../domain';
import { PARTNERSHIP_REPOSITORY, type PartnershipRepository } from '../../../domain/partnership/partnership.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { partnershipView } from '../../views';
import { AcceptPartnershipCommand } from './accept-partnership.command';

/** Only a teacher of the invited class accepts; someone on neither side does not learn the request exists. */
@CommandHandler(AcceptPartnershipCommand)
export class AcceptPartnershipHandler implements ICommandHandler<AcceptPartnershipCommand, PartnershipView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(PARTNERSHIP_REPOSITORY) private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, partnershipId }: AcceptPartnershipCommand): Promise<PartnershipView> {
    const partnership = await this.partnerships.byId(partnershipId);
    if (!partnership) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    const graph = await this.graphs.around({
      personIds: [actorId],
      classIds: [partnership.requesterClassId, partnership.partnerClassId],
    });
    const onEitherSide = [partnership.requesterClassId, partnership.partnerClassId].some(
      (c) => classAccess(graph, actorId, c).known,
    );
    if (!onEitherSide) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    const teachesPartner = classAccess(graph, actorId, partnership.partnerClassId).allowed.includes(
      'class.partnership.manage',
    );
    partnership.accept(teachesPartner, this.clock.now());
    this.outbox.publish(DirectoryEvents.PartnershipAccepted, {
      partnershipId,
      classId: partnership.requesterClassId,
      partnerClassId: partnership.partnerClassId,
      schoolId: graph.class(partnership.partnerClassId)?.schoolId,
    });
    return partnershipView(partnership);
  }
}
