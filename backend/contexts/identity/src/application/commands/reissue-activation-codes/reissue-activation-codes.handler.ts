import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents, type PrintableCredentials, ReissueActivationCodesCommand } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { assertMayManage } from '../../may-manage';
import { ACTIVATION_VALIDITY, type ActivationValidity } from '../../ports/activation-validity.port';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { inOrder, printable } from '../../printable';

/**
 * New activation codes for adults who have not chosen a password yet (a lost letter, an expired code): the older
 * codes stop working at once; the new ones work for PREAU_ACTIVATION_DAYS. Permission: the directory's
 * 'reset-password' act (a new code is a reset for someone who never had a password). Audited.
 */
@CommandHandler(ReissueActivationCodesCommand)
export class ReissueActivationCodesHandler implements ICommandHandler<ReissueActivationCodesCommand, PrintableCredentials[]> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    @Inject(ACTIVATION_VALIDITY) private readonly validity: ActivationValidity,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
  ) {}

  async execute(command: ReissueActivationCodesCommand): Promise<PrintableCredentials[]> {
    const ids = [...new Set(command.accountIds)];
    if (ids.length === 0) return [];
    await assertMayManage(this.bus, command.actorId, ids, 'reset-password');
    const accounts = inOrder(await this.accounts.byIds(ids), ids);
    if (accounts.length !== ids.length) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    const active = accounts.filter((a) => a.isPupil() || a.passwordHash !== null).map((a) => a.id);
    if (active.length > 0)
      throw new DomainError(ErrorCodes.CONFLICT, 'These accounts already have a password: reset it instead.', { rule: 'ActivationCodesAreForAccountsWithoutPassword', accountIds: active });
    const expiresAt = new Date(this.clock.now().getTime() + this.validity.activationMs);
    for (const account of accounts) {
      account.issueActivation((version) => this.deriver.activationLookup(this.deriver.activationCode(account.id, version)), expiresAt);
      this.outbox.publish(IdentityEvents.ActivationCodeReissued, { accountId: account.id, actorId: command.actorId });
    }
    return accounts.map((account) => printable(account, this.deriver));
  }
}
