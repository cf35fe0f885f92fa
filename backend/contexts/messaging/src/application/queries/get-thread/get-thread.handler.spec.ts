import { ViewResourceMediaQuery } from '@preau/contracts';
import { Conversation, type Message, type MessageState } from '../../../domain';
import type { ThreadRow } from '../../ports/messaging-read-model';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { GetThreadQuery } from './get-thread.query';
import { GetThreadHandler } from './get-thread.handler';

const MEDIA = '0b0e3c52-5a4e-4d8e-9a51-1c2b3c4d5e6f';
/** A message as the read model finds it in the database. */
const stateOf = (m: Message): MessageState => ({
  id: m.id,
  conversationId: m.conversationId,
  authorId: m.authorId,
  recipientIds: [...m.recipientIds],
  body: m.body,
  attachmentIds: [...m.attachmentIds],
  sentAt: m.sentAt,
  deliveredAt: m.deliveredAt,
  status: m.status,
  heldInClassId: m.heldInClassId,
  moderationNote: m.moderationNote,
  moderatedBy: m.moderatedBy,
  moderatedAt: m.moderatedAt,
  reports: [...m.reports],
  pupilClassIds: [...m.pupilClassIds],
});
const who = (id: string, lastReadAt: Date | null = null) => ({
  id,
  displayName: `Person ${id}`,
  role: 'PARENT' as const,
  context: '',
  lastReadAt,
});

describe('GetThreadHandler', () => {
  let t: MessagingTestbed;
  let handler: GetThreadHandler;
  let first: Message;

  /** pupil-1 (class-1, messages held) wrote to parent-1; `held` leaves the message waiting. */
  function thread(held: boolean, readAt: Date | null = null): void {
    ({ message: first } = Conversation.start({
      id: 'conv-1',
      messageId: 'msg-1',
      author: { id: 'pupil-1', pupilClass: { classId: 'class-1', holdPupilMessages: held } },
      recipientIds: ['parent-1'],
      refusedRecipientIds: [],
      kind: 'conversation',
      subject: 'Question',
      body: 'Bonjour',
      attachmentIds: [MEDIA],
      now: t.clock.now(),
    }));
    const row: ThreadRow = {
      id: 'conv-1',
      subject: 'Question',
      kind: 'conversation',
      createdBy: 'pupil-1',
      participants: [who('pupil-1'), who('parent-1', readAt)],
      messages: [stateOf(first)],
    };
    t.read.threads.set('conv-1', row);
  }
  const get = (viewerId: string) => handler.execute(new GetThreadQuery(viewerId, 'conv-1'));

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('pupil-1', { role: 'PUPIL' }),
      person('parent-1', { taughtClassIds: [] }),
      person('teacher-1', { role: 'TEACHER', taughtClassIds: ['class-1'] }),
    );
    t.bus.onQuery(ViewResourceMediaQuery, (q) => Object.fromEntries(q.resourceIds.map((id) => [id, []])));
    handler = new GetThreadHandler(t.read, t.people, t.bus.asBus());
  });

  it('shows the author their message with who read it, and its attachments as the media library lets them', async () => {
    const readAt = new Date(t.clock.now().getTime() + 60_000);
    thread(false, readAt);

    const view = await get('pupil-1');

    expect(view).toMatchObject({ id: 'conv-1', subject: 'Question', canReply: true, replyTo: ['parent-1'] });
    expect(view.participants.map((p) => p.id)).toEqual(['pupil-1', 'parent-1']);
    expect(view.messages).toEqual([
      expect.objectContaining({
        id: 'msg-1',
        body: 'Bonjour',
        status: 'delivered',
        recipientIds: ['parent-1'],
        attachments: [],
        readBy: [{ personId: 'parent-1', readAt: readAt.toISOString() }],
        permissions: { report: false, hide: false },
      }),
    ]);
    expect(t.bus.sentOf(ViewResourceMediaQuery)).toEqual([
      expect.objectContaining({ viewerId: 'pupil-1', context: 'messaging', resourceIds: ['msg-1'] }),
    ]);
  });

  it('lets a recipient report what reached them, without read receipts', async () => {
    thread(false);
    const [message] = (await get('parent-1')).messages;
    expect(message.permissions).toEqual({ report: true, hide: false });
    expect(message).not.toHaveProperty('readBy');
  });

  it('answers 404 to someone outside the conversation, and to a recipient while everything is still held', async () => {
    thread(true);
    await expect(get('teacher-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(get('parent-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handler.execute(new GetThreadQuery('parent-1', 'no-such'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Its author sees it, held.
    expect((await get('pupil-1')).messages.map((m) => m.status)).toEqual(['held']);
  });
});
