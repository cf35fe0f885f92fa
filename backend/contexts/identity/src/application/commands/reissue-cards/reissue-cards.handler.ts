import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents, type PrintableCredentials, ReissueCardsCommand } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { assertMayManage } from '../../may-manage';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { inOrder, printable } from '../../printable';

/**
 * New cards for pupils (a lost card, a reprint): the old cards stop working at once (docs/product/access-rules.md:
 * a teacher for the pupils of their classes, the school's directors, the academy's administrators). Audited.
 */
@CommandHandler(ReissueCardsCommand)
export class ReissueCardsHandler implements ICommandHandler<ReissueCardsCommand, PrintableCredentials[]> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
  ) {}

  async execute(command: ReissueCardsCommand): Promise<PrintableCredentials[]> {
    const ids = [...new Set(command.pupilIds)];
    if (ids.length === 0) return [];
    await assertMayManage(this.bus, command.actorId, ids, 'reissue-card');
    const pupils = inOrder(await this.accounts.byIds(ids), ids);
    if (pupils.length !== ids.length) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    const adults = pupils.filter((a) => !a.isPupil()).map((a) => a.id);
    if (adults.length > 0) throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'Only pupils have a card.', { rule: 'CardsAreForPupils', accountIds: adults });
    for (const pupil of pupils) pupil.reissueCard();
    for (const pupil of pupils) this.outbox.publish(IdentityEvents.CardReissued, { accountId: pupil.id, actorId: command.actorId });
    return pupils.map((pupil) => printable(pupil, this.deriver));
  }
}
