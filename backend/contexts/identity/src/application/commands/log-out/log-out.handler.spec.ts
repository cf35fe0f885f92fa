import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { Session } from '../../../domain/session/session';
import { account } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { LogOutCommand } from './log-out.command';
import { LogOutHandler } from './log-out.handler';

describe('LogOutHandler', () => {
  it('ends this session only, and records the log-out', async () => {
    const clock = new FixedClock();
    const sessions = new InMemorySessionRepository(new InMemoryAccountRepository([account('anne.lefevre')]));
    sessions.add(new Session('tablet', 'anne.lefevre', 'csrf-1', clock.now(), clock.now(), null, null));
    sessions.add(new Session('laptop', 'anne.lefevre', 'csrf-2', clock.now(), clock.now(), null, null));
    const { outbox, published } = recordingOutbox(clock);
    await new LogOutHandler(sessions, outbox).execute(new LogOutCommand('tablet', 'anne.lefevre'));
    expect([...sessions.items.keys()]).toEqual(['laptop']);
    expect(published.map((m) => [m.type, m.payload])).toEqual([['identity.logged-out', { accountId: 'anne.lefevre' }]]);
  });
});
