import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes, type PartnershipView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkClassAction } from '../../../domain';
import { Partnership } from '../../../domain/partnership/partnership';
import { PARTNERSHIP_REPOSITORY, type PartnershipRepository } from '../../../domain/partnership/partnership.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { partnershipView } from '../../views';
import { RequestPartnershipCommand } from './request-partnership.command';

/** A teacher asks another class (same school or not) to become partners. */
@CommandHandler(RequestPartnershipCommand)
export class RequestPartnershipHandler implements ICommandHandler<RequestPartnershipCommand, PartnershipView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(PARTNERSHIP_REPOSITORY) private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, partnerClassId }: RequestPartnershipCommand): Promise<PartnershipView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId, partnerClassId] });
    checkClassAction(graph, actorId, classId, 'class.partnership.manage');
    const partner = graph.class(partnerClassId);
    if (!partner) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partner class.', { field: 'partnerClassId' });
    if (await this.partnerships.between(classId, partnerClassId)) {
      throw new DomainError(ErrorCodes.CONFLICT, 'These classes are already partners or have a pending request.', {
        rule: 'OnePartnershipPerPairOfClasses',
      });
    }
    const partnership = Partnership.request({
      id: newId(),
      classId,
      partnerClassId,
      requestedBy: actorId,
      now: this.clock.now(),
    });
    this.partnerships.add(partnership);
    const schoolId = graph.class(classId)?.schoolId;
    this.outbox.publish(DirectoryEvents.PartnershipRequested, {
      partnershipId: partnership.id,
      classId,
      partnerClassId,
      schoolId,
    });
    return partnershipView(partnership);
  }
}
