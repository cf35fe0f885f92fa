import { encodeKeysetCursor } from '@preau/platform';
import type { ConversationRow } from '../../ports/messaging-read-model';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { ListConversationsQuery } from './list-conversations.query';
import { ListConversationsHandler } from './list-conversations.handler';

const CONV_9 = '0b0e3c52-5a4e-4d8e-9a51-1c2b3c4d5e6f';
const who = (id: string) => ({ id, displayName: `Person ${id}`, role: 'PARENT' as const, context: '' });
const row = (more: Partial<ConversationRow>): ConversationRow => ({
  id: 'conv-1',
  subject: 'Sortie',
  kind: 'conversation',
  createdBy: 'teacher-1',
  participants: [who('teacher-1'), who('parent-1'), who('parent-2')],
  unread: 1,
  lastMessage: null,
  hasAttachments: false,
  ...more,
});

describe('ListConversationsHandler', () => {
  let t: MessagingTestbed;
  let handler: ListConversationsHandler;
  const list = (viewerId: string, folder: 'inbox' | 'sent' | 'drafts', cursor?: string) =>
    handler.execute(new ListConversationsQuery(viewerId, folder, { cursor, limit: 20 }));

  beforeEach(() => {
    t = messagingTestbed();
    handler = new ListConversationsHandler(t.read, t.people);
  });

  it('lists the folder as the viewer may see it: a broadcast recipient sees only its sender and themselves', async () => {
    const at = new Date('2026-12-01T10:00:00Z');
    t.read.pages.set('parent-1:inbox', {
      rows: [row({}), row({ id: 'conv-2', kind: 'broadcast' })],
      next: { at, id: 'conv-2' },
    });

    const page = await list('parent-1', 'inbox');

    expect(page.items.map((i) => [i.id, i.participants.map((p) => p.id)])).toEqual([
      ['conv-1', ['teacher-1', 'parent-1', 'parent-2']],
      ['conv-2', ['teacher-1', 'parent-1']],
    ]);
    expect(page.items[0]).toMatchObject({ subject: 'Sortie', unread: 1, hasAttachments: false, lastMessage: null });
    expect(page.nextCursor).toBe(encodeKeysetCursor(at, 'conv-2'));
  });

  it('reads from where the cursor says, and refuses a cursor that is not one', async () => {
    const at = new Date('2026-12-01T10:00:00Z');
    await list('parent-1', 'sent', encodeKeysetCursor(at, CONV_9));
    expect(t.read.asked[0]).toEqual({
      method: 'folder',
      args: ['parent-1', 'sent', { q: undefined, after: { at, id: CONV_9 }, limit: 20 }],
    });

    await expect(list('parent-1', 'inbox', 'not-a-cursor')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'cursor' }] },
    });
  });

  it('names the recipients of drafts as the directory describes them now, those one may not write to left out', async () => {
    t.directory.add(
      person('parent-1'),
      person('teacher-1', { displayName: 'M. Durand', role: 'TEACHER' }),
      person('parent-2'),
    );
    t.directory.refused.add('parent-2');
    t.read.pages.set('parent-1:drafts', {
      rows: [row({ id: 'draft-1', createdBy: 'parent-1', participants: [who('teacher-1'), who('parent-2')] })],
      next: null,
    });

    const page = await list('parent-1', 'drafts');

    expect(page.items[0].participants).toEqual([
      { id: 'teacher-1', displayName: 'M. Durand', role: 'TEACHER', context: '' },
    ]);
  });
});
