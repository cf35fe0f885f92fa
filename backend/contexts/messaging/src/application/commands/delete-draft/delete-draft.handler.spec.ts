import { Draft } from '../../../domain';
import { InMemoryDraftRepository } from '../../../testing/in-memory-draft.repository';
import { DeleteDraftCommand } from './delete-draft.command';
import { DeleteDraftHandler } from './delete-draft.handler';

describe('DeleteDraftHandler', () => {
  const now = new Date('2026-12-07T09:00:00Z');
  let drafts: InMemoryDraftRepository;
  let handler: DeleteDraftHandler;

  beforeEach(async () => {
    drafts = new InMemoryDraftRepository();
    await drafts.add(Draft.start({ id: 'draft-1', authorId: 'parent-1', now }));
    handler = new DeleteDraftHandler(drafts);
  });

  it('throws away a draft of its author', async () => {
    await handler.execute(new DeleteDraftCommand('parent-1', 'draft-1'));
    expect(drafts.stored.size).toBe(0);
  });

  it("answers 404 for someone else's draft, and keeps it", async () => {
    await expect(handler.execute(new DeleteDraftCommand('parent-2', 'draft-1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new DeleteDraftCommand('parent-1', 'no-such'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(drafts.stored.has('draft-1')).toBe(true);
  });
});
