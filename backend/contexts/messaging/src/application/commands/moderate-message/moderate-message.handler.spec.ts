import { Conversation, type Message } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { ModerateMessageCommand, type ModerationMove } from './moderate-message.command';
import { ModerateMessageHandler } from './moderate-message.handler';

describe('ModerateMessageHandler', () => {
  let t: MessagingTestbed;
  let handler: ModerateMessageHandler;
  const afterCommit = () => new Promise((resolve) => setImmediate(resolve));

  /** pupil-1 of class-1 writes to parent-1; held when the class holds pupils' messages. */
  async function pupilMessage(hold: boolean): Promise<Message> {
    const { message } = Conversation.start({
      id: 'conv-1',
      messageId: 'msg-1',
      author: { id: 'pupil-1', pupilClass: { classId: 'class-1', holdPupilMessages: hold } },
      recipientIds: ['parent-1'],
      refusedRecipientIds: [],
      kind: 'conversation',
      subject: 'Question',
      body: 'Bonjour',
      now: t.clock.now(),
    });
    message.pullEvents();
    await t.messages.add(message);
    return message;
  }
  const moderate = (actorId: string, move: ModerationMove, note?: string) =>
    handler.execute(new ModerateMessageCommand(actorId, 'msg-1', move, note));

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('teacher-1', { role: 'TEACHER', taughtClassIds: ['class-1'], schoolIds: ['school-1'] }),
      person('teacher-2', { role: 'TEACHER', taughtClassIds: ['class-2'] }),
      person('pupil-1', { role: 'PUPIL' }),
      person('parent-1'),
    );
    t.directory.teachers.set('class-1', ['teacher-1']);
    t.access.grant('teacher-1', 'class-1', ['messaging.use'], { relations: ['teacher'] });
    handler = new ModerateMessageHandler(
      t.people,
      t.messages,
      t.conversations,
      t.access,
      t.delivery,
      t.outbox,
      t.bus.asBus(),
      t.clock,
    );
  });

  it('approves a held message: delivered now, listed for its recipients, published, the held queue told', async () => {
    const message = await pupilMessage(true);
    t.clock.advance(3_600_000);

    await moderate('teacher-1', 'approve');
    await afterCommit();

    expect(message).toMatchObject({ status: 'delivered', deliveredAt: t.clock.now(), moderatedBy: 'teacher-1' });
    expect(t.messages.updated).toEqual(['msg-1']);
    expect(t.conversations.touched).toEqual([{ conversationId: 'conv-1', personIds: ['parent-1'], at: t.clock.now() }]);
    expect(t.published.map((m) => m.type)).toEqual(['messaging.message-approved', 'messaging.message-sent']);
    expect(t.published[0].payload).toMatchObject({
      messageId: 'msg-1',
      classId: 'class-1',
      approvedBy: 'teacher-1',
      schoolId: 'school-1',
    });
    expect(t.pushed).toContainEqual(
      expect.objectContaining({
        personId: 'teacher-1',
        type: 'messaging.held',
        key: 'messaging.held:msg-1:delivered:teacher-1',
      }),
    );
  });

  it('refuses a held message with a note that stays in messaging', async () => {
    const message = await pupilMessage(true);

    await moderate('teacher-1', 'refuse', 'Pas de cela ici.');

    expect(message).toMatchObject({ status: 'refused', moderationNote: 'Pas de cela ici.' });
    expect(t.published.map((m) => m.type)).toEqual(['messaging.message-refused']);
    expect(t.published[0].payload).not.toHaveProperty('note');
    expect(t.conversations.touched).toEqual([]);
  });

  it('hides a delivered message for a teacher of a pupil taking part', async () => {
    const message = await pupilMessage(false);

    await moderate('teacher-1', 'hide');

    expect(message.status).toBe('hidden');
    expect(t.published.map((m) => [m.type, m.payload['hiddenBy']])).toEqual([
      ['messaging.message-hidden', 'teacher-1'],
    ]);
  });

  it('answers 404 to a teacher of another class, who does not see the message', async () => {
    await pupilMessage(true);
    await expect(moderate('teacher-2', 'approve')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handler.execute(new ModerateMessageCommand('teacher-1', 'no-such', 'approve'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a recipient who sees the message but moderates nothing, by rule', async () => {
    await pupilMessage(false);
    await expect(moderate('parent-1', 'hide')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherOfAPupilTakingPartHides' },
    });
    await expect(moderate('parent-1', 'approve')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherOfThePupilsClassModerates' },
    });
    expect(t.messages.updated).toEqual([]);
  });

  it('refuses moderating while messaging is off in the class, and approving to a recipient switched off since', async () => {
    await pupilMessage(true);
    t.access.switchOff('class-1', 'messaging');
    await expect(moderate('teacher-1', 'approve')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { module: 'messaging' },
    });

    t.access.grant('teacher-1', 'class-1', ['messaging.use'], { relations: ['teacher'] });
    t.directory.add(person('parent-1', { messagingOn: false }));
    await expect(moderate('teacher-1', 'approve')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { switchedOff: ['parent-1'] },
    });
    expect(t.published).toEqual([]);
  });

  it('refuses a move the message is no longer in a state for', async () => {
    await pupilMessage(true);
    await moderate('teacher-1', 'refuse', 'Non.');
    await expect(moderate('teacher-1', 'approve')).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OnlyAHeldMessageIsApprovedOrRefused' },
    });
  });
});
