import { BusinessRuleViolation } from '@preau/kernel';
import { MessageHeld, MessageSent } from '../message/events';
import type { Author } from '../people';
import { Conversation, type ConversationState, type Reply, type StartConversation } from './conversation';
import type { ConversationKind } from './conversation-types';

const now = new Date('2026-10-06T08:30:00Z');
const later = new Date('2026-10-06T09:00:00Z');
const media = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const teacher: Author = { id: 'teacher-ce2', pupilClass: null };
const lea: Author = { id: 'lea', pupilClass: { classId: 'ce2', holdPupilMessages: false } };
const heldLea: Author = { id: 'lea', pupilClass: { classId: 'ce2', holdPupilMessages: true } };
const hugo: Author = { id: 'hugo', pupilClass: { classId: 'ce2', holdPupilMessages: false } };
const parentA: Author = { id: 'parent-a', pupilClass: null };
const parentB: Author = { id: 'parent-b', pupilClass: null };
const stranger: Author = { id: 'stranger', pupilClass: null };

function refusal(fn: () => unknown): { rule: string; code: string; details: Record<string, unknown> } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof BusinessRuleViolation) return { rule: e.rule.name, code: e.code, details: e.details };
    throw e;
  }
  return null;
}
const ruleOf = (fn: () => unknown) => refusal(fn)?.rule ?? null;

const start = (over: Partial<StartConversation> = {}) =>
  Conversation.start({
    id: 'conv-1',
    messageId: 'msg-1',
    author: lea,
    recipientIds: ['hugo', 'teacher-ce2'],
    refusedRecipientIds: [],
    kind: 'conversation',
    subject: 'Exposé sur les volcans',
    body: 'On se met ensemble ?',
    now,
    ...over,
  });

/** The teacher writes to all the families of the class: they may not write to each other. */
const broadcast = () =>
  start({ author: teacher, recipientIds: ['parent-a', 'parent-b', 'parent-c'], kind: 'broadcast', subject: 'Sortie au musée', body: 'Merci de signer.' }).conversation;
const groupChat = () => start().conversation;

describe('Conversation.start', () => {
  it('opens a conversation with its author and recipients, and delivers the first message', () => {
    const { conversation, message } = start({ attachmentIds: [media(1)] });
    expect({ ...conversation }).toMatchObject<ConversationState>({
      id: 'conv-1',
      subject: 'Exposé sur les volcans',
      kind: 'conversation',
      createdBy: 'lea',
      participantIds: ['lea', 'hugo', 'teacher-ce2'],
      createdAt: now,
      lastMessageAt: now,
    });
    expect(message).toMatchObject({ id: 'msg-1', conversationId: 'conv-1', authorId: 'lea', recipientIds: ['hugo', 'teacher-ce2'], status: 'delivered', sentAt: now });
    expect(message.pullEvents()).toEqual([new MessageSent('msg-1', 'conv-1', 'lea', ['hugo', 'teacher-ce2'], [media(1)], now)]);
    expect(conversation.pullEvents()).toEqual([]);
  });

  it('holds the first message of a pupil whose class holds pupils’ messages', () => {
    const { message } = start({ author: heldLea });
    expect(message.status).toBe('held');
    expect(message.pullEvents()).toEqual([new MessageHeld('msg-1', 'conv-1', 'lea', 'ce2', now)]);
  });

  it('counts each recipient once, in the order given', () => {
    const { conversation, message } = start({ recipientIds: ['hugo', 'teacher-ce2', 'hugo'] });
    expect(conversation.participantIds).toEqual(['lea', 'hugo', 'teacher-ce2']);
    expect(message.recipientIds).toEqual(['hugo', 'teacher-ce2']);
  });

  it.each([
    [['parent-a', 'parent-b'], 'broadcast', 'broadcast'],
    [['parent-a', 'parent-b'], 'conversation', 'conversation'],
    [['parent-a'], 'broadcast', 'conversation'],
    [['parent-a', 'parent-a'], 'broadcast', 'conversation'],
  ] as [string[], ConversationKind, ConversationKind][])('to %j as a %s → %s (one recipient is always a conversation)', (recipientIds, kind, expected) => {
    expect(start({ author: teacher, recipientIds, kind }).conversation.kind).toBe(expected);
  });

  it('trims the subject, and keeps the body exactly as written', () => {
    const body = '  Bonjour,\n\n<b>pas du HTML</b>   \n';
    const { conversation, message } = start({ subject: '  Volcans  ', body });
    expect(conversation.subject).toBe('Volcans');
    expect(message.body).toBe(body);
  });

  describe('EveryRecipientMayBeWrittenTo (RECIPIENT_NOT_ALLOWED)', () => {
    it.each([
      [['parent-b'], ['parent-b']],
      [['tom-cm2', 'parent-b'], ['tom-cm2', 'parent-b']],
      [['tom-cm2', 'tom-cm2'], ['tom-cm2']],
    ])('one refused recipient refuses the whole message, naming every refused id: %j', (refusedRecipientIds, refused) => {
      expect(refusal(() => start({ recipientIds: ['hugo', ...refusedRecipientIds], refusedRecipientIds }))).toEqual({
        rule: 'EveryRecipientMayBeWrittenTo',
        code: 'RECIPIENT_NOT_ALLOWED',
        details: { rule: 'EveryRecipientMayBeWrittenTo', refused },
      });
    });

    it('is checked before anything else (an empty subject does not hide a refused recipient)', () => {
      expect(ruleOf(() => start({ subject: '', body: '', refusedRecipientIds: ['x'] }))).toBe('EveryRecipientMayBeWrittenTo');
    });

    it('lets the message go when the directory refused no one', () => {
      expect(ruleOf(() => start({ refusedRecipientIds: [] }))).toBeNull();
    });
  });

  it.each([
    [['lea'], 'NoOneWritesToThemselves'],
    [['hugo', 'lea'], 'NoOneWritesToThemselves'],
    [[], 'AMessageHasARecipient'],
  ])('to %j → %s (VALIDATION_FAILED)', (recipientIds, rule) => {
    expect(refusal(() => start({ recipientIds }))).toMatchObject({ rule, code: 'VALIDATION_FAILED' });
  });

  describe('ASubjectIsOneTo200Characters (VALIDATION_FAILED)', () => {
    it.each(['', '   ', '\n\t', 'x'.repeat(201), `  ${'é'.repeat(201)}  `])('refuses %j', (subject) => {
      expect(refusal(() => start({ subject }))).toMatchObject({ rule: 'ASubjectIsOneTo200Characters', code: 'VALIDATION_FAILED' });
    });

    it.each(['x', 'x'.repeat(200), `  ${'x'.repeat(200)}  `, '🌋'.repeat(200)])('accepts %j', (subject) => {
      expect(start({ subject }).conversation.subject).toBe(subject.trim());
    });
  });

  it.each([
    [{ body: '   ' }, 'AMessageIsOneTo10000Characters'],
    [{ attachmentIds: ['not-an-id'] }, 'AttachmentsAreReferencedById'],
    [{ attachmentIds: Array.from({ length: 11 }, (_, i) => media(i)) }, 'AMessageCarriesAtMost10Attachments'],
  ] as [Partial<StartConversation>, string][])('checks the first message too: %o → %s', (over, rule) => {
    expect(ruleOf(() => start(over))).toBe(rule);
  });
});

describe('Conversation.reply', () => {
  const reply = (conversation: Conversation, author: Author, over: Partial<Reply> = {}) =>
    conversation.reply({ messageId: 'msg-2', author, body: 'Oui !', now: later, ...over });

  describe('in a conversation, a reply goes to everyone else in it', () => {
    it.each([
      [hugo, ['lea', 'teacher-ce2']],
      [lea, ['hugo', 'teacher-ce2']],
      [teacher, ['lea', 'hugo']],
    ])('%o → %j', (author, recipients) => {
      const conversation = groupChat();
      const message = reply(conversation, author);
      expect(message).toMatchObject({ id: 'msg-2', conversationId: 'conv-1', authorId: author.id, recipientIds: recipients, status: 'delivered', sentAt: later });
      expect(message.pullEvents()).toEqual([new MessageSent('msg-2', 'conv-1', author.id, recipients, [], later)]);
      expect(conversation.lastMessageAt).toEqual(later);
    });

    it("is moderated by the classes of the pupils it concerns: its author's and its recipients'", () => {
      const pupilClasses = new Map([
        ['lea', 'ce2'],
        ['hugo', 'ce2'],
      ]);
      expect(reply(groupChat(), teacher, { pupilClasses }).pupilClassIds).toEqual(['ce2']);
      expect(reply(broadcast(), parentA, { pupilClasses: new Map([['parent-b', 'cm1']]) }).pupilClassIds).toEqual([]);
    });

    it('whatever the communication rules say now: being in it is enough', () => {
      expect(ruleOf(() => reply(groupChat(), hugo))).toBeNull();
    });

    it.each([
      [['lea', 'teacher-ce2'], null],
      [['teacher-ce2', 'lea', 'lea'], null],
      [['lea'], 'AConversationReplyGoesToEveryone'],
      [[], 'AMessageHasARecipient'],
      [['lea', 'teacher-ce2', 'parent-a'], 'RepliesStayInsideTheConversation'],
      [['lea', 'teacher-ce2', 'hugo'], 'RepliesStayInsideTheConversation'],
    ] as [string[], string | null][])('hugo addressing %j → %s', (to, rule) => {
      expect(ruleOf(() => reply(groupChat(), hugo, { to }))).toBe(rule);
    });
  });

  describe('in a broadcast', () => {
    it('a recipient’s reply goes to the sender only', () => {
      const message = reply(broadcast(), parentA);
      expect(message.recipientIds).toEqual(['teacher-ce2']);
      expect(message.pullEvents()).toEqual([new MessageSent('msg-2', 'conv-1', 'parent-a', ['teacher-ce2'], [], later)]);
    });

    it('a recipient probing ids learns nothing: another recipient and a stranger are refused alike', () => {
      const asked = (id: string) => refusal(() => reply(broadcast(), parentA, { to: [id] }));
      expect(asked('parent-b')).toEqual({ ...asked('stranger'), details: { rule: 'ABroadcastReplyGoesToTheSenderOnly', refused: ['parent-b'] } });
      expect(asked('stranger')?.details).toEqual({ rule: 'ABroadcastReplyGoesToTheSenderOnly', refused: ['stranger'] });
    });

    it('the sender’s reply goes to every recipient, or to those they choose', () => {
      expect(reply(broadcast(), teacher).recipientIds).toEqual(['parent-a', 'parent-b', 'parent-c']);
      expect(reply(broadcast(), teacher, { to: ['parent-b'] }).recipientIds).toEqual(['parent-b']);
    });

    it.each([
      [parentA, ['teacher-ce2'], null, []],
      [parentA, ['parent-b'], 'ABroadcastReplyGoesToTheSenderOnly', ['parent-b']],
      [parentA, ['teacher-ce2', 'parent-b', 'parent-c'], 'ABroadcastReplyGoesToTheSenderOnly', ['parent-b', 'parent-c']],
      [parentA, ['teacher-ce2', 'stranger'], 'ABroadcastReplyGoesToTheSenderOnly', ['stranger']],
      [parentA, ['parent-a'], 'ABroadcastReplyGoesToTheSenderOnly', ['parent-a']],
      [teacher, ['parent-a', 'stranger'], 'RepliesStayInsideTheConversation', ['stranger']],
      [teacher, ['parent-a', 'parent-c'], null, []],
    ] as [Author, string[], string | null, string[]][])('%o addressing %j → %s', (author, to, rule, refused) => {
      const r = refusal(() => reply(broadcast(), author, { to }));
      if (rule === null) expect(r).toBeNull();
      else expect(r).toEqual({ rule, code: 'RECIPIENT_NOT_ALLOWED', details: { rule, refused } });
    });

    it.each([parentA, teacher])('a reply to no one is refused (AMessageHasARecipient): %o', (author) => {
      expect(refusal(() => reply(broadcast(), author, { to: [] }))).toMatchObject({ rule: 'AMessageHasARecipient', code: 'VALIDATION_FAILED' });
    });
  });

  it.each([stranger, parentB])('only someone in the conversation replies (OnlyAParticipantReplies, FORBIDDEN): %o', (author) => {
    const conversation = groupChat();
    expect(refusal(() => reply(conversation, author))).toMatchObject({ rule: 'OnlyAParticipantReplies', code: 'FORBIDDEN' });
    expect(conversation.lastMessageAt).toEqual(now);
  });

  it('holds a pupil’s reply when their class holds pupils’ messages', () => {
    const message = reply(groupChat(), heldLea);
    expect(message.status).toBe('held');
    expect(message.pullEvents()).toEqual([new MessageHeld('msg-2', 'conv-1', 'lea', 'ce2', later)]);
  });

  it.each([
    [{ body: '' }, 'AMessageIsOneTo10000Characters'],
    [{ body: 'x'.repeat(10_001) }, 'AMessageIsOneTo10000Characters'],
    [{ attachmentIds: [media(1), 'x'] }, 'AttachmentsAreReferencedById'],
  ] as [Partial<Reply>, string][])('checks the reply itself and leaves the conversation untouched: %o → %s', (over, rule) => {
    const conversation = groupChat();
    expect(ruleOf(() => reply(conversation, hugo, over))).toBe(rule);
    expect(conversation.lastMessageAt).toEqual(now);
  });
});

describe('Conversation.participantsSeenBy', () => {
  it.each([
    ['lea', ['lea', 'hugo', 'teacher-ce2']],
    ['hugo', ['lea', 'hugo', 'teacher-ce2']],
    ['stranger', []],
  ])('in a conversation, %s sees %j', (viewer, seen) => {
    expect(groupChat().participantsSeenBy(viewer)).toEqual(seen);
  });

  it.each([
    ['teacher-ce2', ['teacher-ce2', 'parent-a', 'parent-b', 'parent-c']],
    ['parent-b', ['teacher-ce2', 'parent-b']],
    ['stranger', []],
  ])('in a broadcast, %s sees %j (a family never learns which others got it)', (viewer, seen) => {
    expect(broadcast().participantsSeenBy(viewer)).toEqual(seen);
  });

  it('isParticipant', () => {
    expect(broadcast().isParticipant('parent-c')).toBe(true);
    expect(broadcast().isParticipant('stranger')).toBe(false);
  });
});

