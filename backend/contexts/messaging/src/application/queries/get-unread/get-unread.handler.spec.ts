import { FakeMessagingReadModel } from '../../../testing/fake-messaging-read-model';
import { GetUnreadQuery } from './get-unread.query';
import { GetUnreadHandler } from './get-unread.handler';

describe('GetUnreadHandler', () => {
  it("answers the viewer's own unread count, nobody else's", async () => {
    const read = new FakeMessagingReadModel();
    read.unread.set('parent-1', 4);
    read.unread.set('parent-2', 9);
    const handler = new GetUnreadHandler(read);

    expect(await handler.execute(new GetUnreadQuery('parent-1'))).toEqual({ total: 4 });
    expect(await handler.execute(new GetUnreadQuery('teacher-1'))).toEqual({ total: 0 });
  });
});
