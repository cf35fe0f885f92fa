import { LiveDelivery } from './live-delivery';
import type { LivePushEntry } from './ports/live-push.port';
import type { DeliveryRow, MessagingReadModel } from './ports/messaging-read-model';

function delivery(rows: DeliveryRow[], held = 0) {
  const appended: LivePushEntry[][] = [];
  const read = { deliveries: async () => rows, heldCount: async () => held, unreadTotal: async () => 4 } as unknown as MessagingReadModel;
  return { appended, live: new LiveDelivery(read, { append: async (entries) => void appended.push(entries) }) };
}

describe('LiveDelivery', () => {
  it('tells every recipient once per message, with a key that makes the outbox path a no-op, and their unread counts', async () => {
    const { appended, live } = delivery([
      { messageId: 'm1', conversationId: 'c1', authorId: 'a', recipients: [{ personId: 'p1', unreadInConversation: 1, unreadTotal: 3 }, { personId: 'p2', unreadInConversation: 2, unreadTotal: 2 }] },
    ]);
    await live.messagesDelivered(['m1']);
    expect(appended).toEqual([
      [
        { personId: 'p1', type: 'message.received', key: 'message.received:m1:p1', data: { conversationId: 'c1', messageId: 'm1', authorId: 'a', unread: { conversation: 1, total: 3 } } },
        { personId: 'p2', type: 'message.received', key: 'message.received:m1:p2', data: { conversationId: 'c1', messageId: 'm1', authorId: 'a', unread: { conversation: 2, total: 2 } } },
      ],
    ]);
  });

  it('appends nothing when the read model finds no recipient it reached (held and refused ones are left out in SQL: see the live API test), and asks nothing for no message', async () => {
    const { appended, live } = delivery([]);
    await live.messagesDelivered(['held-one']);
    await live.messagesDelivered([]);
    expect(appended).toEqual([]);
  });

  it("tells the class's teachers their held queue changed, keyed by message and status", async () => {
    const { appended, live } = delivery([], 2);
    await live.heldQueueChanged('class', ['t1', 't2'], { messageId: 'm', status: 'held' });
    expect(appended[0]?.map((e) => [e.personId, e.key, e.data])).toEqual([
      ['t1', 'messaging.held:m:held:t1', { classId: 'class', held: 2 }],
      ['t2', 'messaging.held:m:held:t2', { classId: 'class', held: 2 }],
    ]);
  });

  it("tells a reader's other browsers their unread total", async () => {
    const { appended, live } = delivery([]);
    await live.unreadChanged('p');
    expect(appended).toEqual([[{ personId: 'p', type: 'messaging.unread', data: { total: 4 } }]]);
  });
});
