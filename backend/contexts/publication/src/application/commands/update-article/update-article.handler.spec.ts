import { RegisterMediaUsageCommand } from '@preau/contracts';
import { type BlogFixture, blogFixture, otherPupil, pupil, teacher } from '../../../testing/blog-fixture';
import { UpdateArticleCommand } from './update-article.command';
import { UpdateArticleHandler } from './update-article.handler';

const M1 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000001';
const M2 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000002';
const M3 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000003';

describe('UpdateArticleHandler', () => {
  let f: BlogFixture;
  let handler: UpdateArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new UpdateArticleHandler(f.blog, f.richText, f.views, f.outbox, f.bus.asBus(), f.clock);
  });

  it('the author changes their draft: the body is cleaned, the excerpt follows, the row is locked for update', async () => {
    const draft = f.article('draft', pupil);
    f.clock.advance(60_000);
    const view = await handler.execute(
      new UpdateArticleCommand(pupil, draft.id, { title: 'Au zoo', body: '<p>Les girafes</p><script>x</script>' }),
    );

    expect(draft).toMatchObject({
      title: 'Au zoo',
      body: '<p>Les girafes</p>',
      excerpt: 'Les girafes',
      updatedAt: f.clock.now(),
    });
    expect(f.articles.locks).toEqual([{ id: draft.id, lock: 'update' }]);
    expect(view).toMatchObject({ title: 'Au zoo', excerpt: 'Les girafes', updatedAt: f.clock.now().toISOString() });
    expect(f.published).toEqual([]);
  });

  it('tells the media context what the draft used before, and keeps only the items it still has', async () => {
    const draft = f.article('draft', pupil, { mediaIds: [M1] });
    f.bus.onCommand(RegisterMediaUsageCommand, (command) => ({ mediaIds: command.mediaIds.filter((id) => id !== M3) }));
    await handler.execute(
      new UpdateArticleCommand(pupil, draft.id, { body: `<figure data-media-id="${M2}"></figure>`, mediaIds: [M3] }),
    );

    expect(f.bus.sentOf(RegisterMediaUsageCommand)).toEqual([
      expect.objectContaining({ mediaIds: [M2, M3], options: { classId: draft.classId, previous: [M1] } }),
    ]);
    expect(draft.mediaIds).toEqual([M2]);
  });

  it('new media alone are added to those the body embeds', async () => {
    const draft = f.article('draft', pupil, { mediaIds: [M1] });
    await handler.execute(new UpdateArticleCommand(pupil, draft.id, { mediaIds: [M2.toUpperCase()] }));
    // The stored body embeds none, so the listed item replaces the one only listed before.
    expect(draft.mediaIds).toEqual([M2]);
  });

  it('only its author edits, not even a teacher of the class who sees the draft (OnlyTheAuthorEdits, FORBIDDEN)', async () => {
    const draft = f.article('draft', pupil);
    await expect(
      handler.execute(new UpdateArticleCommand(teacher, draft.id, { title: 'Autre' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', details: { rule: 'OnlyTheAuthorEdits' } });
    expect(draft.title).toBe('Notre sortie au musée');
  });

  it('a submitted article is not edited (OnlyADraftIsEdited, CONFLICT)', async () => {
    const submitted = f.article('submitted', pupil);
    await expect(
      handler.execute(new UpdateArticleCommand(pupil, submitted.id, { title: 'Autre' })),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { rule: 'OnlyADraftIsEdited' } });
  });

  it("another pupil's draft does not exist for them (NOT_FOUND), nor does an unknown article", async () => {
    const draft = f.article('draft', pupil);
    await expect(handler.execute(new UpdateArticleCommand(otherPupil, draft.id, { title: 'x' }))).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await expect(
      handler.execute(new UpdateArticleCommand(pupil, 'no-such-article', { title: 'x' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses the author who may no longer write in the class (FORBIDDEN blog.write)', async () => {
    const draft = f.article('draft', pupil);
    f.access.grant(pupil.id, draft.classId, ['blog.read']);
    await expect(handler.execute(new UpdateArticleCommand(pupil, draft.id, { title: 'x' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.write' },
    });
  });
});
