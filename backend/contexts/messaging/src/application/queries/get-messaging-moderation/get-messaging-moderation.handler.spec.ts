import { ViewResourceMediaQuery } from '@preau/contracts';
import type { ModeratedMessageRow } from '../../ports/messaging-read-model';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { GetMessagingModerationQuery } from './get-messaging-moderation.query';
import { GetMessagingModerationHandler } from './get-messaging-moderation.handler';

const at = new Date('2026-12-07T08:00:00Z');
const held: ModeratedMessageRow = {
  id: 'msg-1',
  conversationId: 'conv-1',
  subject: 'Question',
  authorId: 'pupil-1',
  recipientIds: ['parent-1', 'gone'],
  participants: [
    { id: 'pupil-1', displayName: 'Léa', role: 'PUPIL', context: 'CE2 A' },
    { id: 'parent-1', displayName: 'Mme Martin', role: 'PARENT', context: 'parent de Tom' },
  ],
  body: 'Bonjour',
  attachmentIds: ['media-1'],
  sentAt: at,
  status: 'held',
  reports: [],
};

describe('GetMessagingModerationHandler', () => {
  let t: MessagingTestbed;
  let handler: GetMessagingModerationHandler;
  const get = (viewerId: string) => handler.execute(new GetMessagingModerationQuery(viewerId, 'class-1'));

  beforeEach(() => {
    t = messagingTestbed();
    t.read.heldIn.set('class-1', [held]);
    t.read.reportedIn.set('class-1', [
      { ...held, id: 'msg-2', attachmentIds: [], status: 'delivered', reports: [{ by: 'parent-1', reason: null, at }] },
    ]);
    t.bus.onQuery(ViewResourceMediaQuery, () => ({ 'msg-1': [{ id: 'media-1' } as never] }));
    handler = new GetMessagingModerationHandler(t.read, t.access, t.bus.asBus());
  });

  it('gives a teacher of the class its queues, people named as they were when written to', async () => {
    t.access.grant('teacher-1', 'class-1', ['messaging.use'], { relations: ['teacher'] });

    const view = await get('teacher-1');

    expect(view.counts).toEqual({ held: 1, reported: 1 });
    expect(view.held[0]).toEqual({
      id: 'msg-1',
      conversationId: 'conv-1',
      subject: 'Question',
      author: held.participants[0],
      recipients: [held.participants[1], { id: 'gone', displayName: '', role: 'PUPIL', context: '' }],
      body: 'Bonjour',
      sentAt: at.toISOString(),
      status: 'held',
      attachments: [{ id: 'media-1' }],
      reports: [],
    });
    expect(view.reported[0].reports).toEqual([{ by: held.participants[1], reason: null, at: at.toISOString() }]);
    expect(t.bus.sentOf(ViewResourceMediaQuery)).toEqual([
      expect.objectContaining({ viewerId: 'teacher-1', resourceIds: ['msg-1'] }),
    ]);
  });

  it('refuses someone of the class who is not one of its teachers, by rule', async () => {
    t.access.grant('parent-1', 'class-1', ['messaging.use'], { relations: ['parent'] });
    await expect(get('parent-1')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherOfTheClassModerates' },
    });
  });

  it('answers 404 to someone who does not know the class, 403 without messaging there, and MODULE_DISABLED when it is off', async () => {
    await expect(get('stranger')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    t.access.grant('director-1', 'class-1', [], { relations: ['none'] });
    await expect(get('director-1')).rejects.toMatchObject({ code: 'FORBIDDEN', details: { action: 'messaging.use' } });
    t.access
      .grant('teacher-1', 'class-1', ['messaging.use'], { relations: ['teacher'] })
      .switchOff('class-1', 'messaging');
    await expect(get('teacher-1')).rejects.toMatchObject({ code: 'MODULE_DISABLED', details: { module: 'messaging' } });
    expect(t.bus.sent).toEqual([]);
  });
});
