import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErrorCodes, GetPrintableCredentialsQuery, type PrintableCredentials } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { assertMayManage } from '../../may-manage';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { inOrder, printable } from '../../printable';

/** What login sheets and family letters print, derived again (the same every time: decision 0010). */
@QueryHandler(GetPrintableCredentialsQuery)
export class GetPrintableCredentialsHandler implements IQueryHandler<GetPrintableCredentialsQuery, PrintableCredentials[]> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    private readonly bus: Bus,
  ) {}

  async execute(query: GetPrintableCredentialsQuery): Promise<PrintableCredentials[]> {
    if (query.accountIds.length === 0) return [];
    await assertMayManage(this.bus, query.actorId, query.accountIds, 'print');
    const found = inOrder(await this.accounts.byIds(query.accountIds), query.accountIds);
    if (found.length !== query.accountIds.length) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    return found.map((account) => printable(account, this.deriver));
  }
}
