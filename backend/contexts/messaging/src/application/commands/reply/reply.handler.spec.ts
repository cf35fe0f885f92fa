import { Conversation, type ConversationKind } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { ReplyCommand } from './reply.command';
import { ReplyHandler } from './reply.handler';

describe('ReplyHandler', () => {
  let t: MessagingTestbed;
  let handler: ReplyHandler;

  /** A conversation from teacher-1 to both parents, stored, that everyone in it sees. */
  async function conversation(kind: ConversationKind = 'conversation'): Promise<Conversation> {
    const { conversation } = Conversation.start({
      id: 'conv-1',
      messageId: 'msg-1',
      author: { id: 'teacher-1', pupilClass: null },
      recipientIds: ['parent-1', 'parent-2'],
      refusedRecipientIds: [],
      kind,
      subject: 'Sortie',
      body: 'Bonjour',
      now: t.clock.now(),
    });
    await t.conversations.add(conversation, []);
    for (const id of conversation.participantIds) t.read.seeing.add(`${id}:conv-1`);
    return conversation;
  }
  const reply = (actorId: string, to?: string[]) =>
    handler.execute(new ReplyCommand(actorId, 'conv-1', { body: 'Merci', to }));

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('teacher-1', { role: 'TEACHER', taughtClassIds: ['class-1'] }),
      person('parent-1'),
      person('parent-2'),
    );
    handler = new ReplyHandler(t.people, t.conversations, t.messages, t.read, t.sending, t.outbox, t.clock);
  });

  it('answers everyone else in a conversation, lists it in their folders and publishes the message', async () => {
    await conversation();
    t.clock.advance(60_000);

    const sent = await reply('parent-1');

    expect(sent).toEqual({ id: 'conv-1', messageId: expect.any(String), status: 'delivered' });
    expect(t.messages.stored.get(sent.messageId)?.recipientIds).toEqual(['teacher-1', 'parent-2']);
    expect(t.conversations.touched).toEqual([
      { conversationId: 'conv-1', personIds: ['parent-1', 'teacher-1', 'parent-2'], at: t.clock.now() },
    ]);
    expect(t.published.map((m) => m.type)).toEqual(['messaging.message-sent']);
    expect(t.published[0].payload).toMatchObject({
      conversationId: 'conv-1',
      authorId: 'parent-1',
      recipientIds: ['teacher-1', 'parent-2'],
    });
  });

  it("sends a broadcast recipient's reply to the sender only, and refuses naming anyone else", async () => {
    await conversation('broadcast');

    const sent = await reply('parent-1');
    expect(t.messages.stored.get(sent.messageId)?.recipientIds).toEqual(['teacher-1']);

    await expect(reply('parent-1', ['parent-2'])).rejects.toMatchObject({
      code: 'RECIPIENT_NOT_ALLOWED',
      details: { rule: 'ABroadcastReplyGoesToTheSenderOnly' },
    });
  });

  it('answers 404 to someone outside the conversation, and to a participant who sees none of its messages yet', async () => {
    await conversation();
    t.directory.add(person('stranger'));
    await expect(reply('stranger')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    t.read.seeing.delete('parent-2:conv-1');
    await expect(reply('parent-2')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handler.execute(new ReplyCommand('parent-1', 'no-such', { body: 'x' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(t.messages.stored.size).toBe(0);
  });

  it('refuses when messaging is off for the author or a recipient', async () => {
    await conversation();
    t.directory.add(person('parent-2', { messagingOn: false }));

    await expect(reply('parent-2')).rejects.toMatchObject({ code: 'MODULE_DISABLED' });
    await expect(reply('parent-1')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { switchedOff: ['parent-2'] },
    });
    expect(t.messages.stored.size).toBe(0);
  });

  it('counts replies against the send rate', async () => {
    await conversation();
    t.window.sentAt('parent-1', ...Array.from({ length: 120 }, () => t.clock.now()));

    await expect(reply('parent-1')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { rule: 'AnAccountStaysWithinItsSendRate' },
    });
  });
});
