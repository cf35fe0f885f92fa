import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { RecordSendingRefusedCommand } from './record-sending-refused.command';
import { RecordSendingRefusedHandler } from './record-sending-refused.handler';

describe('RecordSendingRefusedHandler', () => {
  let t: MessagingTestbed;
  let handler: RecordSendingRefusedHandler;

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(person('pupil-1', { role: 'PUPIL', schoolIds: ['school-2'] }));
    handler = new RecordSendingRefusedHandler(t.outbox, t.people);
  });

  it('publishes why and whom it concerned under the sender’s school, never anything else of the refusal', async () => {
    await handler.execute(
      new RecordSendingRefusedCommand('pupil-1', 'RECIPIENT_NOT_ALLOWED', {
        rule: 'EveryRecipientMayBeWrittenTo',
        refused: ['parent-9'],
        errors: ['x'],
        body: 'secret',
      }),
    );

    expect(t.published.map((m) => [m.type, m.actorId])).toEqual([['messaging.sending-refused', 'pupil-1']]);
    expect(t.published[0].payload).toEqual({
      code: 'RECIPIENT_NOT_ALLOWED',
      rule: 'EveryRecipientMayBeWrittenTo',
      refused: ['parent-9'],
      schoolId: 'school-2',
    });
  });

  it('files the refusal of someone the directory does not know under no school', async () => {
    await handler.execute(new RecordSendingRefusedCommand('nobody', 'FORBIDDEN', {}));
    expect(t.published[0].payload).toEqual({ code: 'FORBIDDEN', schoolId: null });
  });
});
