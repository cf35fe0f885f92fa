import { MayReadArticleQuery } from '@preau/contracts';
import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  otherPupil,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { MayReadArticleHandler } from './may-read-article.handler';

describe('MayReadArticleHandler (asked by the media context)', () => {
  let f: BlogFixture;
  let handler: MayReadArticleHandler;
  const may = (personId: string, articleId: string) => handler.execute(new MayReadArticleQuery(personId, articleId));

  beforeEach(() => {
    f = blogFixture();
    handler = new MayReadArticleHandler(f.blog, f.articles);
  });

  it('whoever may read the class blog reads a published article', async () => {
    const article = f.article('published', pupil);
    for (const someone of [parent, otherPupil, teacher, pupil])
      expect(await may(someone.id, article.id)).toEqual({ allowed: true });
  });

  it("a draft: its author and the class's teachers only", async () => {
    const draft = f.article('draft', pupil);
    expect(await may(pupil.id, draft.id)).toEqual({ allowed: true });
    expect(await may(teacher.id, draft.id)).toEqual({ allowed: true });
    expect(await may(otherPupil.id, draft.id)).toEqual({ allowed: false });
    expect(await may(parent.id, draft.id)).toEqual({ allowed: false });
  });

  it('answers no, never an error: a stranger, a switched-off blog, an unknown article', async () => {
    const article = f.article('published', pupil);
    expect(await may(stranger.id, article.id)).toEqual({ allowed: false });
    expect(await may(parent.id, 'no-such-article')).toEqual({ allowed: false });
    f.access.switchOff(CLASS_ID, 'blog');
    expect(await may(parent.id, article.id)).toEqual({ allowed: false });
  });
});
