import { Conversation, type Message } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { ReportMessageCommand } from './report-message.command';
import { ReportMessageHandler } from './report-message.handler';

describe('ReportMessageHandler', () => {
  let t: MessagingTestbed;
  let handler: ReportMessageHandler;
  let message: Message;
  const report = (actorId: string, reason?: string) =>
    handler.execute(new ReportMessageCommand(actorId, 'msg-1', reason));

  beforeEach(async () => {
    t = messagingTestbed();
    t.directory.add(
      person('parent-1', { schoolIds: ['school-9'] }),
      person('parent-2'),
      person('teacher-1', { role: 'TEACHER' }),
    );
    ({ message } = Conversation.start({
      id: 'conv-1',
      messageId: 'msg-1',
      author: { id: 'parent-2', pupilClass: null },
      recipientIds: ['parent-1'],
      refusedRecipientIds: [],
      kind: 'conversation',
      subject: 'Goûter',
      body: 'Bonjour',
      now: t.clock.now(),
    }));
    message.pullEvents();
    await t.messages.add(message);
    handler = new ReportMessageHandler(t.people, t.messages, t.outbox, t.clock);
  });

  it('records the report and tells the teachers, the reason staying in messaging', async () => {
    await report('parent-1', '  Propos blessants ');

    expect(message.reports).toEqual([{ by: 'parent-1', reason: 'Propos blessants', at: t.clock.now() }]);
    expect(t.messages.updated).toEqual(['msg-1']);
    expect(t.published.map((m) => m.type)).toEqual(['messaging.message-reported']);
    expect(t.published[0].payload).toMatchObject({ messageId: 'msg-1', reportedBy: 'parent-1', schoolId: 'school-9' });
    expect(t.published[0].payload).not.toHaveProperty('reason');
  });

  it('refuses a second report by the same person', async () => {
    await report('parent-1');
    await expect(report('parent-1')).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'AMessageIsReportedOncePerPerson' },
    });
  });

  it('refuses its author by rule, and answers 404 to someone the message never reached', async () => {
    await expect(report('parent-2')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyARecipientReportsAMessage' },
    });
    await expect(report('teacher-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(t.messages.updated).toEqual([]);
    expect(t.published).toEqual([]);
  });
});
