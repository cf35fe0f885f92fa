import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CreatedStaffView,
  GetPrintableCredentialsQuery,
  OpenAccountsCommand,
  RegisterStaffCommand,
} from '@preau/contracts';
import { newId } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { CreateStaffCommand } from './create-staff.command';

/**
 * Teachers and directors come from the console, not from ONDE (docs/product/brief.md, Administration console): the
 * directory registers the person in the school (and refuses whoever may not: a director registers teachers of their
 * school, an academy administrator teachers and directors of the academy's schools), identity opens the account,
 * and its activation code is answered to hand over. One unit of work: all three or nothing.
 */
@CommandHandler(CreateStaffCommand)
export class CreateStaffHandler implements ICommandHandler<CreateStaffCommand, CreatedStaffView> {
  constructor(private readonly bus: Bus) {}

  async execute({ actorId, schoolId, request }: CreateStaffCommand): Promise<CreatedStaffView> {
    const id = newId();
    const firstName = request.firstName.trim();
    const lastName = request.lastName.trim();
    await this.bus.command(
      new RegisterStaffCommand(actorId, schoolId, {
        id,
        role: request.role,
        firstName,
        lastName,
        email: request.email ?? null,
      }),
    );
    const displayName = `${firstName} ${lastName}`;
    const [opened] = await this.bus.command(
      new OpenAccountsCommand([{ id, role: request.role, displayName, firstName, lastName }]),
    );
    const [credentials] = await this.bus.query(new GetPrintableCredentialsQuery(actorId, [id]));
    return {
      user: {
        id,
        login: opened.login,
        displayName,
        role: request.role,
        blocked: false,
        pendingActivation: true,
        classes: [],
      },
      credentials,
    };
  }
}
