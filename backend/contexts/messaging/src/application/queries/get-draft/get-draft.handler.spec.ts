import { Draft } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { GetDraftQuery } from './get-draft.query';
import { GetDraftHandler } from './get-draft.handler';

describe('GetDraftHandler', () => {
  let t: MessagingTestbed;
  let handler: GetDraftHandler;

  beforeEach(async () => {
    t = messagingTestbed();
    t.directory.add(person('parent-1'), person('teacher-1', { displayName: 'M. Durand', role: 'TEACHER' }));
    const draft = Draft.start({ id: 'draft-1', authorId: 'parent-1', now: t.clock.now() });
    draft.change({ recipientIds: ['teacher-1', 'gone'], subject: 'Sortie' }, t.clock.now());
    await t.drafts.add(draft);
    handler = new GetDraftHandler(t.drafts, t.people);
  });

  it('shows its author the draft, naming the recipients the directory still knows', async () => {
    expect(await handler.execute(new GetDraftQuery('parent-1', 'draft-1'))).toEqual({
      id: 'draft-1',
      recipients: [{ id: 'teacher-1', displayName: 'M. Durand', role: 'TEACHER', context: '' }],
      subject: 'Sortie',
      body: '',
      attachmentIds: [],
      updatedAt: t.clock.now().toISOString(),
    });
  });

  it('answers 404 to anyone else', async () => {
    await expect(handler.execute(new GetDraftQuery('teacher-1', 'draft-1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new GetDraftQuery('parent-1', 'no-such'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
