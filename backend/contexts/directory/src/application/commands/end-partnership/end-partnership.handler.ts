import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { classAccess } from '../../../domain';
import { PARTNERSHIP_REPOSITORY, type PartnershipRepository } from '../../../domain/partnership/partnership.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { EndPartnershipCommand } from './end-partnership.command';

/** A teacher of either class ends a partnership (pending or active). */
@CommandHandler(EndPartnershipCommand)
export class EndPartnershipHandler implements ICommandHandler<EndPartnershipCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
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
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only a teacher of either class ends a partnership.', {
        rule: 'OnlyATeacherOfEitherClassEndsIt',
      });
    }
    this.partnerships.remove(partnership);
    this.outbox.publish(DirectoryEvents.PartnershipEnded, {
      partnershipId,
      classId: sides[0],
      partnerClassId: sides[1],
      schoolId: graph.class(sides[0])?.schoolId,
    });
  }
}
