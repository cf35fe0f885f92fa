import { Draft } from '../../../domain';
import { person } from '../../../testing/fake-directory';
import { messagingTestbed, type MessagingTestbed } from '../../../testing/messaging-testbed';
import { SaveDraftCommand } from './save-draft.command';
import { DRAFTS_PER_AUTHOR, SaveDraftHandler } from './save-draft.handler';

describe('SaveDraftHandler', () => {
  let t: MessagingTestbed;
  let handler: SaveDraftHandler;

  beforeEach(() => {
    t = messagingTestbed();
    t.directory.add(
      person('parent-1'),
      person('teacher-1', { displayName: 'M. Durand', role: 'TEACHER', context: 'CE2 A' }),
      person('parent-2'),
    );
    handler = new SaveDraftHandler(t.drafts, t.people, t.clock);
  });

  it('keeps a new draft for its author, naming only the recipients they may write to', async () => {
    t.directory.refused.add('parent-2');

    const view = await handler.execute(
      new SaveDraftCommand('parent-1', null, {
        recipientIds: ['TEACHER-1', 'teacher-1', 'parent-2'],
        subject: 'Sortie',
      }),
    );

    expect(view).toEqual({
      id: expect.any(String),
      recipients: [{ id: 'teacher-1', displayName: 'M. Durand', role: 'TEACHER', context: 'CE2 A' }],
      subject: 'Sortie',
      body: '',
      attachmentIds: [],
      updatedAt: t.clock.now().toISOString(),
    });
    // Nothing is checked until it is sent: the refused recipient stays in the draft.
    expect(t.drafts.stored.get(view.id)).toMatchObject({
      authorId: 'parent-1',
      recipientIds: ['teacher-1', 'parent-2'],
    });
  });

  it('changes what the save says and keeps the rest', async () => {
    const draft = Draft.start({ id: 'draft-1', authorId: 'parent-1', now: t.clock.now() });
    draft.change({ subject: 'Sortie', body: 'Bonjour' }, t.clock.now());
    await t.drafts.add(draft);
    t.clock.advance(60_000);

    const view = await handler.execute(new SaveDraftCommand('parent-1', 'draft-1', { body: 'Bonjour à tous' }));

    expect(view).toMatchObject({
      id: 'draft-1',
      subject: 'Sortie',
      body: 'Bonjour à tous',
      updatedAt: t.clock.now().toISOString(),
    });
    expect(draft.createdAt.getTime()).toBe(t.clock.now().getTime() - 60_000);
  });

  it("answers 404 for someone else's draft or none, and leaves it as it was", async () => {
    const theirs = Draft.start({ id: 'draft-1', authorId: 'teacher-1', now: t.clock.now() });
    await t.drafts.add(theirs);

    await expect(handler.execute(new SaveDraftCommand('parent-1', 'draft-1', { body: 'x' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new SaveDraftCommand('parent-1', 'no-such', { body: 'x' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(theirs.body).toBe('');
  });

  it(`keeps at most ${DRAFTS_PER_AUTHOR} drafts per author`, async () => {
    for (let i = 0; i < DRAFTS_PER_AUTHOR; i++)
      await t.drafts.add(Draft.start({ id: `d-${i}`, authorId: 'parent-1', now: t.clock.now() }));

    await expect(handler.execute(new SaveDraftCommand('parent-1', null, {}))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'AnAuthorKeepsAtMost200Drafts', limit: 200 },
    });
    // Changing one of them is still fine.
    await expect(handler.execute(new SaveDraftCommand('parent-1', 'd-0', { subject: 'x' }))).resolves.toMatchObject({
      subject: 'x',
    });
  });
});
