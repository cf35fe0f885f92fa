import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes, type PartnershipView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkClassAction, classAccess } from '../../domain';
import { Partnership } from '../../domain/model/partnership';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { PARTNERSHIP_REPOSITORY, type PartnershipRepository } from '../ports/repositories';
import { AcceptPartnershipCommand, EndPartnershipCommand, RequestPartnershipCommand } from './directory.commands';

const view = (p: Partnership): PartnershipView => ({ id: p.id, requesterClassId: p.requesterClassId, partnerClassId: p.partnerClassId, status: p.status });

/** A teacher asks another class (same school or not) to become partners. */
@CommandHandler(RequestPartnershipCommand)
export class RequestPartnershipHandler implements ICommandHandler<RequestPartnershipCommand, PartnershipView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
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
      throw new DomainError(ErrorCodes.CONFLICT, 'These classes are already partners or have a pending request.', { rule: 'OnePartnershipPerPairOfClasses' });
    }
    const partnership = Partnership.request({ id: newId(), classId, partnerClassId, requestedBy: actorId, now: this.clock.now() });
    this.partnerships.add(partnership);
    const schoolId = graph.class(classId)?.schoolId;
    this.outbox.publish(DirectoryEvents.PartnershipRequested, { partnershipId: partnership.id, classId, partnerClassId, schoolId });
    return view(partnership);
  }
}

@CommandHandler(AcceptPartnershipCommand)
export class AcceptPartnershipHandler implements ICommandHandler<AcceptPartnershipCommand, PartnershipView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
    @Inject(PARTNERSHIP_REPOSITORY) private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, partnershipId }: AcceptPartnershipCommand): Promise<PartnershipView> {
    const partnership = await this.partnerships.byId(partnershipId);
    if (!partnership) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [partnership.requesterClassId, partnership.partnerClassId] });
    const onEitherSide = [partnership.requesterClassId, partnership.partnerClassId].some((c) => classAccess(graph, actorId, c).known);
    if (!onEitherSide) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    const teachesPartner = classAccess(graph, actorId, partnership.partnerClassId).allowed.includes('class.partnership.manage');
    partnership.accept(teachesPartner, this.clock.now());
    this.outbox.publish(DirectoryEvents.PartnershipAccepted, { partnershipId, classId: partnership.requesterClassId, partnerClassId: partnership.partnerClassId, schoolId: graph.class(partnership.partnerClassId)?.schoolId });
    return view(partnership);
  }
}

@CommandHandler(EndPartnershipCommand)
export class EndPartnershipHandler implements ICommandHandler<EndPartnershipCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
    @Inject(PARTNERSHIP_REPOSITORY) private readonly partnerships: PartnershipRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, partnershipId }: EndPartnershipCommand): Promise<void> {
    const partnership = await this.partnerships.byId(partnershipId);
    if (!partnership) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    const sides = [partnership.requesterClassId, partnership.partnerClassId];
    const graph = await this.graphs.around({ personIds: [actorId], classIds: sides });
    const decisions = sides.map((c) => classAccess(graph, actorId, c));
    if (!decisions.some((d) => d.known)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such partnership.');
    if (!decisions.some((d) => d.allowed.includes('class.partnership.manage'))) {
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only a teacher of either class ends a partnership.', { rule: 'OnlyATeacherOfEitherClassEndsIt' });
    }
    this.partnerships.remove(partnership);
    this.outbox.publish(DirectoryEvents.PartnershipEnded, { partnershipId, classId: sides[0], partnerClassId: sides[1], schoolId: graph.class(sides[0])?.schoolId });
  }
}
