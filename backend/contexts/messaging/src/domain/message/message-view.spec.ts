import { Message } from './message';
import type { MessageStatus } from './message-types';
import { viewMessage } from './message-view';

const now = new Date('2026-10-06T08:30:00Z');
const attachment = '00000000-0000-4000-8000-000000000001';

const inStatus = (status: MessageStatus) =>
  Message.restore({
    id: 'msg-1',
    conversationId: 'conv-1',
    authorId: 'lea',
    recipientIds: ['hugo', 'teacher-ce2'],
    body: 'Coucou\n<b>toi</b>',
    attachmentIds: [attachment],
    sentAt: now,
    deliveredAt: null,
    status,
    heldInClassId: 'ce2',
    moderationNote: status === 'refused' ? 'Réécris-le.' : null,
    moderatedBy: status === 'delivered' ? null : 'teacher-ce2',
    moderatedAt: null,
    reports: [],
    pupilClassIds: ['ce2'],
  });

type Shown = 'text' | 'marker' | 'text+note' | 'nothing';

describe('viewMessage', () => {
  it.each([
    ['delivered', 'lea', 'text'],
    ['delivered', 'hugo', 'text'],
    ['delivered', 'stranger', 'nothing'],
    ['held', 'lea', 'text'],
    ['held', 'hugo', 'nothing'],
    ['held', 'teacher-ce2', 'nothing'],
    ['refused', 'lea', 'text+note'],
    ['refused', 'hugo', 'nothing'],
    ['hidden', 'lea', 'marker'],
    ['hidden', 'hugo', 'marker'],
    ['hidden', 'teacher-ce2', 'marker'],
    ['hidden', 'stranger', 'nothing'],
  ] as [MessageStatus, string, Shown][])('a %s message, seen by %s → %s', (status, viewer, shown) => {
    const view = viewMessage(inStatus(status), viewer);
    if (shown === 'nothing') return expect(view).toBeNull();
    expect(view).toEqual({
      id: 'msg-1',
      conversationId: 'conv-1',
      authorId: 'lea',
      sentAt: now,
      status,
      body: shown === 'marker' ? null : 'Coucou\n<b>toi</b>',
      attachmentIds: shown === 'marker' ? [] : [attachment],
      moderationNote: shown === 'text+note' ? 'Réécris-le.' : null,
    });
  });
});
