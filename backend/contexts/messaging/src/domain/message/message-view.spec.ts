import type { MessageStatus } from './message-types';
import { type ShownMessage, viewMessage } from './message-view';

const now = new Date('2026-10-06T08:30:00Z');
const attachment = '00000000-0000-4000-8000-000000000001';

/** A message as the read model finds it (what deciding who is shown what needs). */
const inStatus = (status: MessageStatus): ShownMessage => ({
  id: 'msg-1',
  conversationId: 'conv-1',
  authorId: 'lea',
  recipientIds: ['hugo', 'teacher-ce2'],
  body: 'Coucou\n<b>toi</b>',
  attachmentIds: [attachment],
  sentAt: now,
  status,
  moderationNote: status === 'refused' ? 'Réécris-le.' : null,
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
