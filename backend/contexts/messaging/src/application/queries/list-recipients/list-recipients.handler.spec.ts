import { ListRecipientGroupsQuery } from '@preau/contracts';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { ListRecipientsQuery } from './list-recipients.query';
import { ListRecipientsHandler } from './list-recipients.handler';

describe('ListRecipientsHandler', () => {
  let t: MessagingTestbed;
  let handler: ListRecipientsHandler;

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(person('parent-1'), person('parent-2', { messagingOn: false }));
    t.directory.allowed = [
      {
        id: 'teacher-1',
        displayName: 'M. Durand',
        role: 'TEACHER',
        context: 'CE2 A',
        classes: [{ id: 'class-1', name: 'CE2 A' }],
      },
    ];
    t.directory.groups = [
      { id: 'g-1', kind: 'class-teachers', name: 'CE2 A', classId: 'class-1', memberIds: ['teacher-1'] } as never,
    ];
    handler = new ListRecipientsHandler(t.people);
  });

  it('offers the people and ready-made sets the directory allows', async () => {
    const view = await handler.execute(new ListRecipientsQuery('parent-1'));
    expect(view.people).toEqual([
      {
        id: 'teacher-1',
        displayName: 'M. Durand',
        role: 'TEACHER',
        context: 'CE2 A',
        classes: [{ id: 'class-1', name: 'CE2 A' }],
      },
    ]);
    expect(view.groups.map((g) => g.id)).toEqual(['g-1']);
  });

  it('offers no sets to a search', async () => {
    expect((await handler.execute(new ListRecipientsQuery('parent-1', 'dur'))).groups).toEqual([]);
    expect(t.bus.sentOf(ListRecipientGroupsQuery)).toEqual([]);
  });

  it('offers no one to someone for whom messaging is off, or whom the directory does not know', async () => {
    await expect(handler.execute(new ListRecipientsQuery('parent-2'))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
    await expect(handler.execute(new ListRecipientsQuery('nobody'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
