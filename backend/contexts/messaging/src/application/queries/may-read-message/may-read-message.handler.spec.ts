import { MayReadMessageQuery } from '@preau/contracts';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { MayReadMessageHandler } from './may-read-message.handler';

describe('MayReadMessageHandler', () => {
  let t: MessagingTestbed;
  let handler: MayReadMessageHandler;
  const may = (personId: string) => handler.execute(new MayReadMessageQuery(personId, 'msg-1'));

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('teacher-1', { role: 'TEACHER', taughtClassIds: ['class-1'] }),
      person('teacher-2', { role: 'TEACHER', taughtClassIds: ['class-2'] }),
      person('parent-2'),
    );
    t.read.readable.add('parent-1:msg-1');
    t.read.moderated.add('msg-1:class-1');
    handler = new MayReadMessageHandler(t.read, t.people);
  });

  it("lets the message's readers read it, and the teachers who have it in a moderation queue", async () => {
    expect(await may('parent-1')).toEqual({ allowed: true });
    expect(await may('teacher-1')).toEqual({ allowed: true });
  });

  it('refuses everyone else: another class’s teacher, someone it never reached, someone unknown', async () => {
    expect(await may('teacher-2')).toEqual({ allowed: false });
    expect(await may('parent-2')).toEqual({ allowed: false });
    expect(await may('nobody')).toEqual({ allowed: false });
  });
});
