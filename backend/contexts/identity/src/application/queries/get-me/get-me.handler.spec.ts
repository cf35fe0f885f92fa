import { GetPlacementQuery } from '@preau/contracts';
import type { AuthenticatedUser } from '@preau/platform';
import { FakeBus } from '@preau/platform/testing';
import { GetMeHandler } from './get-me.handler';
import { GetMeQuery } from './get-me.query';

describe('GetMeHandler', () => {
  it('answers the account with where the directory places it', async () => {
    const placement = {
      schools: [{ id: 'ferry', name: 'École élémentaire Jules Ferry' }],
      classes: [],
      children: [{ id: 'hugo', displayName: 'Hugo Bernard', classId: 'ce2a', className: 'CE2 A' }],
    };
    const bus = new FakeBus().onQuery(GetPlacementQuery, () => placement);
    const user: AuthenticatedUser = {
      id: 'karim',
      login: 'parent.hugo',
      displayName: 'Karim Bernard',
      role: 'PARENT',
      sessionId: 'hash',
      csrfToken: 'csrf',
    };
    expect(await new GetMeHandler(bus.asBus()).execute(new GetMeQuery(user))).toEqual({
      id: 'karim',
      login: 'parent.hugo',
      displayName: 'Karim Bernard',
      role: 'PARENT',
      ...placement,
      csrfToken: 'csrf',
      mustChangePassword: false,
    });
    expect(bus.sentOf(GetPlacementQuery)).toEqual([expect.objectContaining({ personId: 'karim' })]);
  });
});
