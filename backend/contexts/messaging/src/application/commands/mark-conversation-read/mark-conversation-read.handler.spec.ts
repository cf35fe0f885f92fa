import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { MarkConversationReadCommand } from './mark-conversation-read.command';
import { MarkConversationReadHandler } from './mark-conversation-read.handler';

describe('MarkConversationReadHandler', () => {
  let t: MessagingTestbed;
  let handler: MarkConversationReadHandler;
  const afterCommit = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    t = messagingTestbed();
    handler = new MarkConversationReadHandler(t.read, t.delivery, t.bus.asBus());
  });

  it("marks what was shown as read and tells the reader's other browsers their new count", async () => {
    t.read.markReadChanges = true;
    t.read.unread.set('parent-1', 3);

    expect(await handler.execute(new MarkConversationReadCommand('parent-1', 'conv-1', ['msg-1', 'msg-2']))).toEqual({
      changed: true,
    });
    await afterCommit();

    expect(t.read.asked).toEqual([{ method: 'markRead', args: ['conv-1', 'parent-1', ['msg-1', 'msg-2']] }]);
    expect(t.pushed).toEqual([{ personId: 'parent-1', type: 'messaging.unread', data: { total: 3 } }]);
  });

  it('pushes nothing when nothing became read', async () => {
    expect(await handler.execute(new MarkConversationReadCommand('parent-1', 'conv-1', []))).toEqual({
      changed: false,
    });
    await afterCommit();
    expect(t.pushed).toEqual([]);
  });
});
