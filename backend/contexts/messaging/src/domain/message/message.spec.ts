import { BusinessRuleViolation, checkRule } from '@preau/kernel';
import type { Author, Moderator } from '../people';
import { MessageApproved, MessageHeld, MessageHidden, MessageRefused, MessageReported, MessageSent } from './events';
import { Message, type MessageState, type WriteMessage } from './message';
import type { MessageStatus } from './message-types';
import { onlyATeacherOfTheClassModerates } from './rules';

const now = new Date('2026-10-06T08:30:00Z');
const later = new Date('2026-10-06T09:00:00Z');
const media = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const adult: Author = { id: 'parent-a', pupilClass: null };
const pupil: Author = { id: 'lea', pupilClass: { classId: 'ce2', holdPupilMessages: false } };
const heldPupil: Author = { id: 'lea', pupilClass: { classId: 'ce2', holdPupilMessages: true } };

const teacherCe2: Moderator = { id: 'teacher-ce2', taughtClassIds: ['ce2'] };
const teacherCe2AndCm1: Moderator = { id: 'teacher-both', taughtClassIds: ['cm1', 'ce2'] };
const teacherCm2: Moderator = { id: 'teacher-cm2', taughtClassIds: ['cm2'] };
const notATeacher: Moderator = { id: 'parent-a', taughtClassIds: [] };

function refusal(fn: () => unknown): { rule: string; code: string } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof BusinessRuleViolation) return { rule: e.rule.name, code: e.code };
    throw e;
  }
  return null;
}

const write = (over: Partial<WriteMessage> = {}) =>
  Message.write({ id: 'msg-1', conversationId: 'conv-1', author: pupil, recipientIds: ['hugo', 'teacher-ce2'], body: 'Coucou', now, ...over });

const inStatus = (status: MessageStatus, over: Partial<MessageState> = {}) =>
  Message.restore({
    id: 'msg-1',
    conversationId: 'conv-1',
    authorId: 'lea',
    recipientIds: ['hugo', 'teacher-ce2'],
    body: 'Coucou',
    attachmentIds: [media(1)],
    sentAt: now,
    deliveredAt: status === 'delivered' || status === 'hidden' ? now : null,
    status,
    heldInClassId: 'ce2',
    moderationNote: null,
    moderatedBy: null,
    moderatedAt: null,
    reports: [],
    pupilClassIds: ['ce2'],
    ...over,
  });

describe('Message.write', () => {
  it.each([
    [adult, 'delivered', null],
    [pupil, 'delivered', null],
    [heldPupil, 'held', 'ce2'],
  ] as [Author, MessageStatus, string | null][])('by %o → %s', (author, status, heldInClassId) => {
    const m = write({ author });
    expect(m.status).toBe(status);
    expect(m.heldInClassId).toBe(heldInClassId);
    expect(m.deliveredAt).toEqual(status === 'delivered' ? now : null);
    expect(m.pullEvents()).toEqual(
      status === 'delivered'
        ? [new MessageSent('msg-1', 'conv-1', author.id, ['hugo', 'teacher-ce2'], [], now)]
        : [new MessageHeld('msg-1', 'conv-1', author.id, 'ce2', now)],
    );
  });

  it("is moderated by the classes of the pupils among its author and recipients, each once", () => {
    expect(write({ author: adult, recipientIds: ['hugo', 'teacher-ce2'] }).pupilClassIds).toEqual([]);
    expect(write({ author: pupil, recipientIds: ['hugo', 'teacher-ce2'] }).pupilClassIds).toEqual(['ce2']);
    const pupilClasses = new Map([
      ['hugo', 'ce2'],
      ['zoe', 'cm1'],
      ['not-a-recipient', 'cm2'],
    ]);
    expect(write({ author: pupil, recipientIds: ['zoe', 'hugo', 'teacher-ce2'], pupilClasses }).pupilClassIds).toEqual(['ce2', 'cm1']);
    expect(write({ author: adult, recipientIds: ['zoe', 'hugo'], pupilClasses }).pupilClassIds).toEqual(['cm1', 'ce2']);
  });

  it('keeps the body exactly as written: spaces, line breaks, markup', () => {
    const body = '  <script>alert(1)</script>\r\n\n  À demain   !\t';
    expect(write({ body }).body).toBe(body);
  });

  describe('AMessageIsOneTo10000Characters (VALIDATION_FAILED)', () => {
    it.each(['', ' ', '\n\n', '\t \r\n', 'x'.repeat(10_001), '🦊'.repeat(10_001)])('refuses a body of %#', (body) => {
      expect(refusal(() => write({ body }))).toEqual({ rule: 'AMessageIsOneTo10000Characters', code: 'VALIDATION_FAILED' });
    });

    it.each(['!', 'x'.repeat(10_000), '🦊'.repeat(10_000), ` ${'x'.repeat(9_998)} `])('accepts a body of %#', (body) => {
      expect(write({ body }).body).toBe(body);
    });
  });

  describe('attachments', () => {
    it('are media ids, each once, in the order of first use', () => {
      expect(write({ attachmentIds: [media(2), media(1), media(2)] }).attachmentIds).toEqual([media(2), media(1)]);
    });

    it.each([[['x']], [[media(1), '']], [[42]], [[null]]] as unknown as [string[]][])('refuses %j (AttachmentsAreReferencedById)', (attachmentIds) => {
      expect(refusal(() => write({ attachmentIds }))).toEqual({ rule: 'AttachmentsAreReferencedById', code: 'VALIDATION_FAILED' });
    });

    it('at most 10 distinct ones (AMessageCarriesAtMost10Attachments)', () => {
      const ten = Array.from({ length: 10 }, (_, i) => media(i));
      expect(write({ attachmentIds: ten }).attachmentIds).toHaveLength(10);
      expect(write({ attachmentIds: [...ten, ...ten] }).attachmentIds).toHaveLength(10);
      expect(refusal(() => write({ attachmentIds: [...ten, media(10)] }))).toEqual({ rule: 'AMessageCarriesAtMost10Attachments', code: 'VALIDATION_FAILED' });
    });
  });
});

type Outcome = MessageStatus | string;
/** The code each moderation rule answers: who may → FORBIDDEN, the state → CONFLICT. */
const CODES: Record<string, string> = {
  OnlyATeacherOfThePupilsClassModerates: 'FORBIDDEN',
  OnlyAHeldMessageIsApprovedOrRefused: 'CONFLICT',
  OnlyATeacherOfAPupilTakingPartHides: 'FORBIDDEN',
  OnlyADeliveredMessageIsHidden: 'CONFLICT',
  OnlyARecipientReportsAMessage: 'FORBIDDEN',
  OnlyADeliveredMessageIsReported: 'CONFLICT',
};
const STATUSES: readonly string[] = ['delivered', 'held', 'refused', 'hidden'];

/** `expected` is the status the move leads to, or the rule it breaks (then nothing changed). */
function expectOutcome(m: Message, before: MessageStatus, move: () => void, expected: Outcome): void {
  const refused = refusal(move);
  if (STATUSES.includes(expected)) {
    expect(refused).toBeNull();
    expect(m.status).toBe(expected);
  } else {
    expect(refused).toEqual({ rule: expected, code: CODES[expected] });
    expect(m.status).toBe(before);
    expect(m.pullEvents()).toEqual([]);
  }
}

describe('approve and refuse a held message', () => {
  it.each([
    ['held', teacherCe2, 'delivered'],
    ['held', teacherCe2AndCm1, 'delivered'],
    ['held', teacherCm2, 'OnlyATeacherOfThePupilsClassModerates'],
    ['held', notATeacher, 'OnlyATeacherOfThePupilsClassModerates'],
    ['delivered', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
    ['refused', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
    ['hidden', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
  ] as [MessageStatus, Moderator, Outcome][])('%s · approve by %o → %s', (status, by, expected) => {
    const m = inStatus(status);
    expectOutcome(m, status, () => m.approve(by, later), expected);
  });

  it.each([
    ['held', teacherCe2, 'refused'],
    ['held', teacherCe2AndCm1, 'refused'],
    ['held', teacherCm2, 'OnlyATeacherOfThePupilsClassModerates'],
    ['held', notATeacher, 'OnlyATeacherOfThePupilsClassModerates'],
    ['delivered', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
    ['refused', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
    ['hidden', teacherCe2, 'OnlyAHeldMessageIsApprovedOrRefused'],
  ] as [MessageStatus, Moderator, Outcome][])('%s · refuse by %o → %s', (status, by, expected) => {
    const m = inStatus(status);
    expectOutcome(m, status, () => m.refuse(by, 'Pas de gros mots.', later), expected);
  });

  it.each(['approve', 'refuse'] as const)('no one %ss a message that was never held (an adult’s)', (op) => {
    const m = inStatus('delivered', { heldInClassId: null, authorId: 'parent-a' });
    expect(refusal(() => (op === 'approve' ? m.approve(teacherCe2, later) : m.refuse(teacherCe2, 'non', later)))).toEqual({ rule: 'OnlyATeacherOfThePupilsClassModerates', code: 'FORBIDDEN' });
  });

  it('approving delivers it now to its recipients', () => {
    const m = inStatus('held');
    m.approve(teacherCe2, later);
    expect(m).toMatchObject({ status: 'delivered', deliveredAt: later, sentAt: now, moderatedBy: 'teacher-ce2', moderatedAt: later, moderationNote: null });
    expect(m.pullEvents()).toEqual([
      new MessageApproved('msg-1', 'conv-1', 'lea', 'ce2', 'teacher-ce2', later),
      new MessageSent('msg-1', 'conv-1', 'lea', ['hugo', 'teacher-ce2'], [media(1)], later),
    ]);
  });

  it('refusing keeps the note, trimmed, for the pupil, and delivers nothing', () => {
    const m = inStatus('held');
    m.refuse(teacherCe2, '  On ne parle pas comme ça.\nRéécris ton message.  ', later);
    expect(m).toMatchObject({ status: 'refused', deliveredAt: null, moderatedBy: 'teacher-ce2', moderatedAt: later, moderationNote: 'On ne parle pas comme ça.\nRéécris ton message.' });
    expect(m.pullEvents()).toEqual([new MessageRefused('msg-1', 'conv-1', 'lea', 'ce2', 'teacher-ce2', 'On ne parle pas comme ça.\nRéécris ton message.', later)]);
  });

  describe('ARefusalNoteIsOneTo500Characters (VALIDATION_FAILED)', () => {
    it.each(['', '   ', '\n', 'x'.repeat(501)])('refuses a note of %#', (note) => {
      const m = inStatus('held');
      expect(refusal(() => m.refuse(teacherCe2, note, later))).toEqual({ rule: 'ARefusalNoteIsOneTo500Characters', code: 'VALIDATION_FAILED' });
      expect(m.status).toBe('held');
    });

    it.each(['x', 'x'.repeat(500), `  ${'x'.repeat(500)}  `, '🙂'.repeat(500)])('accepts a note of %#', (note) => {
      const m = inStatus('held');
      m.refuse(teacherCe2, note, later);
      expect(m.moderationNote).toBe(note.trim());
    });

    it('is checked after who may refuse and the state', () => {
      expect(refusal(() => inStatus('held').refuse(teacherCm2, '', later))?.rule).toBe('OnlyATeacherOfThePupilsClassModerates');
      expect(refusal(() => inStatus('delivered').refuse(teacherCe2, '', later))?.rule).toBe('OnlyAHeldMessageIsApprovedOrRefused');
    });
  });
});

describe('hide', () => {
  it.each([
    ['delivered', teacherCe2, ['ce2'], 'hidden'],
    ['delivered', teacherCe2AndCm1, ['cm1'], 'hidden'],
    ['delivered', teacherCe2, ['cm2', 'ce2'], 'hidden'],
    ['delivered', teacherCm2, ['ce2'], 'OnlyATeacherOfAPupilTakingPartHides'],
    ['delivered', teacherCe2, [], 'OnlyATeacherOfAPupilTakingPartHides'],
    ['delivered', notATeacher, ['ce2'], 'OnlyATeacherOfAPupilTakingPartHides'],
    ['held', teacherCe2, ['ce2'], 'OnlyADeliveredMessageIsHidden'],
    ['refused', teacherCe2, ['ce2'], 'OnlyADeliveredMessageIsHidden'],
    ['hidden', teacherCe2, ['ce2'], 'OnlyADeliveredMessageIsHidden'],
    ['hidden', teacherCm2, ['ce2'], 'OnlyATeacherOfAPupilTakingPartHides'],
  ] as [MessageStatus, Moderator, string[], Outcome][])('%s · by %o, pupils of %j taking part → %s', (status, by, pupilClassIds, expected) => {
    const m = inStatus(status, { pupilClassIds });
    expectOutcome(m, status, () => m.hide(by, later), expected);
  });

  it('hides an adult’s message too, keeping its text stored for the audit', () => {
    const m = inStatus('delivered', { authorId: 'parent-a', heldInClassId: null, body: 'Des menaces', pupilClassIds: ['ce2'] });
    m.hide(teacherCe2, later);
    expect(m).toMatchObject({ status: 'hidden', body: 'Des menaces', moderatedBy: 'teacher-ce2', moderatedAt: later, deliveredAt: now });
    expect(m.pullEvents()).toEqual([new MessageHidden('msg-1', 'conv-1', 'parent-a', 'teacher-ce2', later)]);
  });
});

describe('report', () => {
  it.each([
    ['delivered', 'hugo', 'delivered'],
    ['delivered', 'teacher-ce2', 'delivered'],
    ['delivered', 'lea', 'OnlyARecipientReportsAMessage'],
    ['delivered', 'stranger', 'OnlyARecipientReportsAMessage'],
    ['held', 'hugo', 'OnlyADeliveredMessageIsReported'],
    ['refused', 'hugo', 'OnlyADeliveredMessageIsReported'],
    ['hidden', 'hugo', 'OnlyADeliveredMessageIsReported'],
    ['hidden', 'stranger', 'OnlyARecipientReportsAMessage'],
  ] as [MessageStatus, string, Outcome][])('%s · reported by %s → %s', (status, by, expected) => {
    const m = inStatus(status);
    expectOutcome(m, status, () => m.report(by, null, later), expected);
  });

  it('records who reported, why and when, and tells the teachers', () => {
    const m = inStatus('delivered');
    m.report('hugo', '  Il m’insulte.  ', later);
    m.report('teacher-ce2', '   ', later);
    expect(m.reports).toEqual([
      { by: 'hugo', reason: 'Il m’insulte.', at: later },
      { by: 'teacher-ce2', reason: null, at: later },
    ]);
    expect(m.pullEvents()).toEqual([
      new MessageReported('msg-1', 'conv-1', 'lea', 'hugo', 'Il m’insulte.', later),
      new MessageReported('msg-1', 'conv-1', 'lea', 'teacher-ce2', null, later),
    ]);
  });

  it('once per person (AMessageIsReportedOncePerPerson, CONFLICT), others still may', () => {
    const m = inStatus('delivered');
    m.report('hugo', null, now);
    expect(refusal(() => m.report('hugo', 'encore', later))).toEqual({ rule: 'AMessageIsReportedOncePerPerson', code: 'CONFLICT' });
    expect(refusal(() => m.report('teacher-ce2', null, later))).toBeNull();
    expect(m.reports.map((r) => r.by)).toEqual(['hugo', 'teacher-ce2']);
  });

  it.each([
    ['x'.repeat(501), 'AReportReasonIsAtMost500Characters'],
    ['x'.repeat(500), null],
    [`  ${'x'.repeat(500)}  `, null],
    ['', null],
    [null, null],
  ] as [string | null, string | null][])('a reason of %# → %s', (reason, rule) => {
    const refused = refusal(() => inStatus('delivered').report('hugo', reason, later));
    expect(refused).toEqual(rule === null ? null : { rule, code: 'VALIDATION_FAILED' });
  });
});

describe('Message.restore (for specs)', () => {
  it('runs no rule, records no event, and shares no arrays with the state it is given', () => {
    const state: MessageState = {
      id: 'msg-1',
      conversationId: 'conv-1',
      authorId: 'lea',
      recipientIds: ['hugo', 'teacher-ce2'],
      body: '',
      attachmentIds: [media(1)],
      sentAt: now,
      deliveredAt: now,
      status: 'delivered',
      heldInClassId: null,
      moderationNote: null,
      moderatedBy: null,
      moderatedAt: null,
      reports: [{ by: 'hugo', reason: null, at: now }],
      pupilClassIds: ['ce2'],
    };
    const m = Message.restore(state);
    expect(m.pullEvents()).toEqual([]);
    state.recipientIds.push('intruder');
    state.attachmentIds.push('intruder');
    state.reports.push({ by: 'intruder', reason: null, at: now });
    state.pupilClassIds.push('intruder');
    expect(m).toMatchObject({ recipientIds: ['hugo', 'teacher-ce2'], attachmentIds: [media(1)], pupilClassIds: ['ce2'] });
    expect(m.reports).toHaveLength(1);
    m.report('teacher-ce2', null, later);
    expect(state.reports.map((r) => r.by)).toEqual(['hugo', 'intruder']);
  });
});

describe("a class's moderation queue", () => {
  it.each([
    [['teacher'], null],
    [['teacher', 'school-admin'], null],
    [['pupil'], 'OnlyATeacherOfTheClassModerates'],
    [['parent'], 'OnlyATeacherOfTheClassModerates'],
    [['school-admin'], 'OnlyATeacherOfTheClassModerates'],
    [['partner-member'], 'OnlyATeacherOfTheClassModerates'],
    [[], 'OnlyATeacherOfTheClassModerates'],
  ])('is read by %p: refused by %s', (relations, rule) => {
    expect(refusal(() => checkRule(onlyATeacherOfTheClassModerates(relations)))).toEqual(rule && { rule, code: 'FORBIDDEN' });
  });
});
