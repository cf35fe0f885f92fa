import { RegisterMediaUsageCommand } from '@preau/contracts';
import { Draft } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { StartConversationCommand } from './start-conversation.command';
import { StartConversationHandler } from './start-conversation.handler';

const MEDIA_1 = '0b0e3c52-5a4e-4d8e-9a51-1c2b3c4d5e6f';
const MEDIA_2 = '1c1f4d63-6b5f-4e9f-8b62-2d3c4d5e6f70';
const PUPIL_CLASS = { classId: 'class-1', holdPupilMessages: true, teacherIds: ['teacher-1'] };

describe('StartConversationHandler', () => {
  let t: MessagingTestbed;
  let handler: StartConversationHandler;
  const start = (actorId: string, input: Partial<ConstructorParameters<typeof StartConversationCommand>[1]> = {}) =>
    handler.execute(
      new StartConversationCommand(actorId, {
        recipientIds: ['teacher-1'],
        subject: 'Sortie',
        body: 'Bonjour',
        ...input,
      }),
    );
  const afterCommit = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('parent-1', { displayName: 'Mme Martin', context: 'parent de Léa' }),
      person('teacher-1', { role: 'TEACHER', displayName: 'M. Durand', context: 'CE2 A', taughtClassIds: ['class-1'] }),
      person('pupil-1', { role: 'PUPIL', pupilClass: PUPIL_CLASS, schoolIds: ['school-2'] }),
    );
    handler = new StartConversationHandler(
      t.people,
      t.conversations,
      t.messages,
      t.drafts,
      t.sending,
      t.outbox,
      t.clock,
    );
  });

  it('stores the conversation with its participants as they are now, delivers the message and publishes it', async () => {
    const sent = await start('parent-1', { recipientIds: ['TEACHER-1', 'teacher-1'] });

    expect(sent).toEqual({ id: expect.any(String), messageId: expect.any(String), status: 'delivered' });
    const stored = t.conversations.stored.get(sent.id);
    expect(stored?.conversation.participantIds).toEqual(['parent-1', 'teacher-1']);
    expect(stored?.participants).toEqual([
      { id: 'parent-1', displayName: 'Mme Martin', role: 'PARENT', context: 'parent de Léa' },
      { id: 'teacher-1', displayName: 'M. Durand', role: 'TEACHER', context: 'CE2 A' },
    ]);
    expect(t.messages.stored.get(sent.messageId)).toMatchObject({
      status: 'delivered',
      recipientIds: ['teacher-1'],
      pupilClassIds: [],
    });
    expect(t.conversations.touched).toEqual([
      { conversationId: sent.id, personIds: ['parent-1', 'teacher-1'], at: t.clock.now() },
    ]);
    expect(t.published.map((m) => [m.type, m.actorId])).toEqual([['messaging.message-sent', 'parent-1']]);
    expect(t.published[0].payload).toMatchObject({
      messageId: sent.messageId,
      conversationId: sent.id,
      authorId: 'parent-1',
      recipientIds: ['teacher-1'],
      schoolId: 'school-1',
    });
  });

  it("holds a pupil's message for their class's teachers, who hear of it once committed", async () => {
    const sent = await start('pupil-1');
    await afterCommit();

    expect(sent.status).toBe('held');
    expect(t.messages.stored.get(sent.messageId)?.pupilClassIds).toEqual(['class-1']);
    // Until approved, it lists only in its author's folders.
    expect(t.conversations.touched[0].personIds).toEqual(['pupil-1']);
    expect(t.published.map((m) => m.type)).toEqual(['messaging.message-held']);
    expect(t.published[0].payload).toMatchObject({ classId: 'class-1', schoolId: 'school-2' });
    expect(t.pushed).toEqual([
      expect.objectContaining({ personId: 'teacher-1', type: 'messaging.held', data: { classId: 'class-1', held: 0 } }),
    ]);
  });

  it('refuses the whole message when one recipient may not be written to, naming them, and stores nothing', async () => {
    t.directory.refused.add('teacher-1');

    await expect(start('parent-1', { recipientIds: ['teacher-1', 'stranger'] })).rejects.toMatchObject({
      code: 'RECIPIENT_NOT_ALLOWED',
      details: { rule: 'EveryRecipientMayBeWrittenTo', refused: ['teacher-1', 'stranger'] },
    });
    expect(t.conversations.stored.size).toBe(0);
    expect(t.messages.stored.size).toBe(0);
    expect(t.published).toEqual([]);
  });

  it('refuses a sender the directory does not know, and one for whom messaging is off', async () => {
    await expect(start('nobody')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    t.directory.add(person('parent-2', { messagingOn: false }));
    await expect(start('parent-2')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { module: 'messaging' },
    });
  });

  it('refuses when messaging is off for a recipient, naming them', async () => {
    t.directory.add(person('parent-3', { messagingOn: false }));

    await expect(start('teacher-1', { recipientIds: ['parent-1', 'parent-3'] })).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { switchedOff: ['parent-3'] },
    });
    expect(t.messages.stored.size).toBe(0);
  });

  it('refuses past the send rate, saying when to retry', async () => {
    const now = t.clock.now().getTime();
    t.window.sentAt('pupil-1', ...Array.from({ length: 20 }, (_, i) => new Date(now - 60_000 + i)));

    await expect(start('pupil-1')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { rule: 'AnAccountStaysWithinItsSendRate', limit: 20, retryAfter: 540 },
    });
    expect(t.messages.stored.size).toBe(0);
  });

  it('refuses too many recipients before asking the directory about them', async () => {
    const many = Array.from({ length: 301 }, (_, i) => `person-${i}`);

    await expect(start('teacher-1', { recipientIds: many })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { rule: 'AMessageStaysWithinItsRecipientLimit' },
    });
    expect(t.bus.sent).toEqual([]);
  });

  it('registers the attachments with the media library, and refuses those the sender may not share', async () => {
    t.bus.onCommand(RegisterMediaUsageCommand, (c) => ({ mediaIds: c.mediaIds }));
    const sent = await start('parent-1', { attachmentIds: [MEDIA_1.toUpperCase()] });
    expect(t.bus.sentOf(RegisterMediaUsageCommand)).toEqual([
      expect.objectContaining({
        actorId: 'parent-1',
        usage: { context: 'messaging', resourceId: sent.messageId },
        mediaIds: [MEDIA_1],
      }),
    ]);

    t.bus.onCommand(RegisterMediaUsageCommand, () => ({ mediaIds: [] }));
    await expect(start('parent-1', { attachmentIds: [MEDIA_2] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'AttachmentsAreTheSendersToShare' },
    });
  });

  it("throws away the draft it was written in, never someone else's", async () => {
    const mine = Draft.start({ id: 'draft-1', authorId: 'parent-1', now: t.clock.now() });
    const theirs = Draft.start({ id: 'draft-2', authorId: 'teacher-1', now: t.clock.now() });
    await t.drafts.add(mine);
    await t.drafts.add(theirs);

    await start('parent-1', { draftId: 'draft-1' });
    await start('parent-1', { draftId: 'draft-2' });

    expect([...t.drafts.stored.keys()]).toEqual(['draft-2']);
  });
});
