import { BusinessRuleViolation, newId } from '@preau/kernel';
import type { Actor } from '../actor';
import { Article, type WriteArticle } from './article';
import { canReadArticle, checkMayDeleteArticle } from './article-policies';
import type { ArticleStatus } from './article-types';
import { ArticlePublished, ArticleSentBack, ArticleSubmitted, ArticleUnpublished } from './events';

const t0 = new Date('2026-10-05T08:00:00Z');
const t1 = new Date('2026-10-05T09:00:00Z');

const pupil: Actor = { id: 'pupil-author', isClassTeacher: false };
const otherPupil: Actor = { id: 'pupil-other', isClassTeacher: false };
const teacher: Actor = { id: 'teacher-1', isClassTeacher: true };
const coTeacher: Actor = { id: 'teacher-2', isClassTeacher: true };
const teacherElsewhere: Actor = { id: 'teacher-9', isClassTeacher: false };

/** The rule that refused, its code, or null when nothing was refused. */
function refusal(fn: () => unknown): { rule: string; code: string } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof BusinessRuleViolation) return { rule: e.rule.name, code: e.code };
    throw e;
  }
  return null;
}
const ruleOf = (fn: () => unknown) => refusal(fn)?.rule ?? null;

const write = (over: Partial<WriteArticle> = {}) =>
  Article.write({
    id: 'a-1',
    classId: 'class-1',
    authorId: pupil.id,
    authorRole: 'PUPIL',
    authorName: 'Léa',
    authorAccountRole: 'PUPIL',
    title: 'Notre sortie',
    body: '<p>Au musée</p>',
    excerpt: 'Au musée',
    now: t0,
    ...over,
  });

function pupilArticle(status: ArticleStatus): Article {
  const a = write();
  if (status !== 'draft') a.submit(pupil, t0);
  if (status === 'published') a.publish(teacher, t0);
  a.pullEvents();
  return a;
}

function teachersArticle(status: Exclude<ArticleStatus, 'submitted'>): Article {
  const a = write({ authorId: teacher.id, authorRole: 'TEACHER', publish: status === 'published' });
  a.pullEvents();
  return a;
}

type Op = 'edit' | 'submit' | 'publish' | 'sendBack' | 'unpublish' | 'delete';
const run: Record<Op, (a: Article, by: Actor) => void> = {
  edit: (a, by) => a.edit(by, { title: 'Titre corrigé' }, t1),
  submit: (a, by) => a.submit(by, t1),
  publish: (a, by) => a.publish(by, t1),
  sendBack: (a, by) => a.sendBack(by, 'Ajoute une photo', t1),
  unpublish: (a, by) => a.unpublish(by, t1),
  delete: (a, by) => checkMayDeleteArticle(a, by),
};

const CODES: Record<string, string> = {
  OnlyTheAuthorEdits: 'FORBIDDEN',
  OnlyTheAuthorSubmits: 'FORBIDDEN',
  OnlyATeacherPublishes: 'FORBIDDEN',
  OnlyATeacherSendsBack: 'FORBIDDEN',
  OnlyATeacherUnpublishes: 'FORBIDDEN',
  OnlyTheAuthorOrATeacherDeletes: 'FORBIDDEN',
  OnlyADraftIsEdited: 'CONFLICT',
  OnlyADraftIsSubmitted: 'CONFLICT',
  ATeachersArticleIsNotSubmitted: 'CONFLICT',
  OnlyASubmittedArticleOrOwnDraftIsPublished: 'CONFLICT',
  OnlyASubmittedArticleIsSentBack: 'CONFLICT',
  OnlyAPublishedArticleIsUnpublished: 'CONFLICT',
  TheAuthorDeletesOnlyADraft: 'CONFLICT',
};

/** A success: the status after, and the events recorded (by class). */
type Ok = [ArticleStatus, ...(new (...args: never[]) => unknown)[]];
type Expected = string | Ok;

const PUPIL_ARTICLE: [ArticleStatus, Op, Actor, Expected][] = [
  ['draft', 'edit', pupil, ['draft']],
  ['draft', 'edit', otherPupil, 'OnlyTheAuthorEdits'],
  ['draft', 'edit', teacher, 'OnlyTheAuthorEdits'],
  ['draft', 'submit', pupil, ['submitted', ArticleSubmitted]],
  ['draft', 'submit', otherPupil, 'OnlyTheAuthorSubmits'],
  ['draft', 'submit', teacher, 'OnlyTheAuthorSubmits'],
  ['draft', 'publish', pupil, 'OnlyATeacherPublishes'],
  ['draft', 'publish', otherPupil, 'OnlyATeacherPublishes'],
  ['draft', 'publish', teacher, 'OnlyASubmittedArticleOrOwnDraftIsPublished'],
  ['draft', 'sendBack', pupil, 'OnlyATeacherSendsBack'],
  ['draft', 'sendBack', otherPupil, 'OnlyATeacherSendsBack'],
  ['draft', 'sendBack', teacher, 'OnlyASubmittedArticleIsSentBack'],
  ['draft', 'unpublish', pupil, 'OnlyATeacherUnpublishes'],
  ['draft', 'unpublish', otherPupil, 'OnlyATeacherUnpublishes'],
  ['draft', 'unpublish', teacher, 'OnlyAPublishedArticleIsUnpublished'],
  ['draft', 'delete', pupil, ['draft']],
  ['draft', 'delete', otherPupil, 'OnlyTheAuthorOrATeacherDeletes'],
  ['draft', 'delete', teacher, ['draft']],

  ['submitted', 'edit', pupil, 'OnlyADraftIsEdited'],
  ['submitted', 'edit', otherPupil, 'OnlyTheAuthorEdits'],
  ['submitted', 'edit', teacher, 'OnlyTheAuthorEdits'],
  ['submitted', 'submit', pupil, 'OnlyADraftIsSubmitted'],
  ['submitted', 'submit', otherPupil, 'OnlyTheAuthorSubmits'],
  ['submitted', 'submit', teacher, 'OnlyTheAuthorSubmits'],
  ['submitted', 'publish', pupil, 'OnlyATeacherPublishes'],
  ['submitted', 'publish', otherPupil, 'OnlyATeacherPublishes'],
  ['submitted', 'publish', teacher, ['published', ArticlePublished]],
  ['submitted', 'sendBack', pupil, 'OnlyATeacherSendsBack'],
  ['submitted', 'sendBack', otherPupil, 'OnlyATeacherSendsBack'],
  ['submitted', 'sendBack', teacher, ['draft', ArticleSentBack]],
  ['submitted', 'unpublish', pupil, 'OnlyATeacherUnpublishes'],
  ['submitted', 'unpublish', otherPupil, 'OnlyATeacherUnpublishes'],
  ['submitted', 'unpublish', teacher, 'OnlyAPublishedArticleIsUnpublished'],
  ['submitted', 'delete', pupil, 'TheAuthorDeletesOnlyADraft'],
  ['submitted', 'delete', otherPupil, 'OnlyTheAuthorOrATeacherDeletes'],
  ['submitted', 'delete', teacher, ['submitted']],

  ['published', 'edit', pupil, 'OnlyADraftIsEdited'],
  ['published', 'edit', otherPupil, 'OnlyTheAuthorEdits'],
  ['published', 'edit', teacher, 'OnlyTheAuthorEdits'],
  ['published', 'submit', pupil, 'OnlyADraftIsSubmitted'],
  ['published', 'submit', otherPupil, 'OnlyTheAuthorSubmits'],
  ['published', 'submit', teacher, 'OnlyTheAuthorSubmits'],
  ['published', 'publish', pupil, 'OnlyATeacherPublishes'],
  ['published', 'publish', otherPupil, 'OnlyATeacherPublishes'],
  ['published', 'publish', teacher, 'OnlyASubmittedArticleOrOwnDraftIsPublished'],
  ['published', 'sendBack', pupil, 'OnlyATeacherSendsBack'],
  ['published', 'sendBack', otherPupil, 'OnlyATeacherSendsBack'],
  ['published', 'sendBack', teacher, 'OnlyASubmittedArticleIsSentBack'],
  ['published', 'unpublish', pupil, 'OnlyATeacherUnpublishes'],
  ['published', 'unpublish', otherPupil, 'OnlyATeacherUnpublishes'],
  ['published', 'unpublish', teacher, ['draft', ArticleUnpublished]],
  ['published', 'delete', pupil, 'TheAuthorDeletesOnlyADraft'],
  ['published', 'delete', otherPupil, 'OnlyTheAuthorOrATeacherDeletes'],
  ['published', 'delete', teacher, ['published']],
];

/** The teacher's own article, against its author, a pupil of the class and a co-teacher of the class. */
const TEACHERS_ARTICLE: [Exclude<ArticleStatus, 'submitted'>, Op, Actor, Expected][] = [
  ['draft', 'edit', teacher, ['draft']],
  ['draft', 'edit', otherPupil, 'OnlyTheAuthorEdits'],
  ['draft', 'edit', coTeacher, 'OnlyTheAuthorEdits'],
  ['draft', 'submit', teacher, 'ATeachersArticleIsNotSubmitted'],
  ['draft', 'submit', otherPupil, 'OnlyTheAuthorSubmits'],
  ['draft', 'submit', coTeacher, 'OnlyTheAuthorSubmits'],
  ['draft', 'publish', teacher, ['published', ArticlePublished]],
  ['draft', 'publish', otherPupil, 'OnlyATeacherPublishes'],
  ['draft', 'publish', coTeacher, 'OnlyASubmittedArticleOrOwnDraftIsPublished'],
  ['draft', 'sendBack', teacher, 'OnlyASubmittedArticleIsSentBack'],
  ['draft', 'sendBack', otherPupil, 'OnlyATeacherSendsBack'],
  ['draft', 'sendBack', coTeacher, 'OnlyASubmittedArticleIsSentBack'],
  ['draft', 'unpublish', teacher, 'OnlyAPublishedArticleIsUnpublished'],
  ['draft', 'unpublish', otherPupil, 'OnlyATeacherUnpublishes'],
  ['draft', 'unpublish', coTeacher, 'OnlyAPublishedArticleIsUnpublished'],
  ['draft', 'delete', teacher, ['draft']],
  ['draft', 'delete', otherPupil, 'OnlyTheAuthorOrATeacherDeletes'],
  ['draft', 'delete', coTeacher, ['draft']],

  ['published', 'edit', teacher, 'OnlyADraftIsEdited'],
  ['published', 'edit', otherPupil, 'OnlyTheAuthorEdits'],
  ['published', 'edit', coTeacher, 'OnlyTheAuthorEdits'],
  ['published', 'submit', teacher, 'ATeachersArticleIsNotSubmitted'],
  ['published', 'submit', otherPupil, 'OnlyTheAuthorSubmits'],
  ['published', 'submit', coTeacher, 'OnlyTheAuthorSubmits'],
  ['published', 'publish', teacher, 'OnlyASubmittedArticleOrOwnDraftIsPublished'],
  ['published', 'publish', otherPupil, 'OnlyATeacherPublishes'],
  ['published', 'publish', coTeacher, 'OnlyASubmittedArticleOrOwnDraftIsPublished'],
  ['published', 'sendBack', teacher, 'OnlyASubmittedArticleIsSentBack'],
  ['published', 'sendBack', otherPupil, 'OnlyATeacherSendsBack'],
  ['published', 'sendBack', coTeacher, 'OnlyASubmittedArticleIsSentBack'],
  ['published', 'unpublish', teacher, ['draft', ArticleUnpublished]],
  ['published', 'unpublish', otherPupil, 'OnlyATeacherUnpublishes'],
  ['published', 'unpublish', coTeacher, ['draft', ArticleUnpublished]],
  ['published', 'delete', teacher, ['published']],
  ['published', 'delete', otherPupil, 'OnlyTheAuthorOrATeacherDeletes'],
  ['published', 'delete', coTeacher, ['published']],
];

function check(article: Article, op: Op, by: Actor, expected: Expected): void {
  const before = article.snapshot();
  const refused = refusal(() => run[op](article, by));
  if (typeof expected === 'string') {
    expect(refused).toEqual({ rule: expected, code: CODES[expected] });
    expect(article.snapshot()).toEqual(before); // a refusal changes nothing
    expect(article.pullEvents()).toEqual([]);
  } else {
    const [status, ...events] = expected;
    expect(refused).toBeNull();
    expect(article.status).toBe(status);
    expect(article.pullEvents().map((e) => e.constructor)).toEqual(events);
  }
}

describe('Article workflow — every transition × actor', () => {
  describe("a pupil's article", () => {
    it.each(
      PUPIL_ARTICLE.map(
        ([s, op, by, exp]) => [s, op, by.id, typeof exp === 'string' ? exp : `→ ${exp[0]}`, by, exp] as const,
      ),
    )('%s · %s by %s: %s', (status, op, _id, _label, by, expected) => check(pupilArticle(status), op, by, expected));
  });

  describe("the teacher's own article", () => {
    it.each(
      TEACHERS_ARTICLE.map(
        ([s, op, by, exp]) => [s, op, by.id, typeof exp === 'string' ? exp : `→ ${exp[0]}`, by, exp] as const,
      ),
    )('%s · %s by %s: %s', (status, op, _id, _label, by, expected) => check(teachersArticle(status), op, by, expected));
  });

  it('a teacher of another class is refused like any non-teacher', () => {
    const a = pupilArticle('submitted');
    expect(ruleOf(() => a.publish(teacherElsewhere, t1))).toBe('OnlyATeacherPublishes');
    expect(ruleOf(() => a.sendBack(teacherElsewhere, 'non', t1))).toBe('OnlyATeacherSendsBack');
    expect(ruleOf(() => checkMayDeleteArticle(a, teacherElsewhere))).toBe('OnlyTheAuthorOrATeacherDeletes');
  });
});

describe('Article.write', () => {
  it("starts a pupil's article as a draft, with no event", () => {
    const a = write();
    expect(a.status).toBe('draft');
    expect(a.feedback).toBeNull();
    expect([a.createdAt, a.updatedAt, a.submittedAt, a.publishedAt]).toEqual([t0, t0, null, null]);
    expect(a.pullEvents()).toEqual([]);
  });

  it('refuses a pupil publishing directly (APupilDoesNotPublish, FORBIDDEN)', () => {
    expect(refusal(() => write({ publish: true }))).toEqual({ rule: 'APupilDoesNotPublish', code: 'FORBIDDEN' });
  });

  it("publishes a teacher's article directly when asked", () => {
    const a = write({
      authorId: teacher.id,
      authorRole: 'TEACHER',
      publish: true,
      mediaIds: ['11111111-1111-4111-8111-111111111111'],
    });
    expect(a.status).toBe('published');
    expect(a.publishedAt).toEqual(t0);
    const events = a.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ArticlePublished);
    expect(events[0]).toMatchObject({
      articleId: 'a-1',
      classId: 'class-1',
      authorId: teacher.id,
      publishedBy: teacher.id,
      at: t0,
      mediaIds: ['11111111-1111-4111-8111-111111111111'],
    });
  });

  it("keeps a teacher's article as a draft without publish", () => {
    expect(write({ authorId: teacher.id, authorRole: 'TEACHER', publish: false }).status).toBe('draft');
  });
});

describe('Article workflow details', () => {
  it('keeps the feedback for the pupil after sending back, and clears it on the next submission', () => {
    const a = pupilArticle('submitted');
    a.sendBack(teacher, '  Ajoute une légende à la photo.  ', t1);
    expect(a.status).toBe('draft');
    expect(a.feedback).toBe('Ajoute une légende à la photo.');
    expect(a.submittedAt).toBeNull();
    expect(a.pullEvents()[0]).toMatchObject({
      type: ArticleSentBack.TYPE,
      sentBackBy: teacher.id,
      feedback: 'Ajoute une légende à la photo.',
    });

    a.edit(pupil, { body: { html: '<p>Au musée, avec une légende</p>', excerpt: 'Au musée, avec une légende' } }, t1);
    expect(a.excerpt).toBe('Au musée, avec une légende');
    expect(a.feedback).toBe('Ajoute une légende à la photo.');
    a.submit(pupil, t1);
    expect(a.feedback).toBeNull();
    expect(a.submittedAt).toEqual(t1);
  });

  it('refuses sending back without words (FeedbackIsOneTo2000Characters, VALIDATION_FAILED)', () => {
    for (const feedback of ['', '   \n ', 'x'.repeat(2001)]) {
      const a = pupilArticle('submitted');
      expect(refusal(() => a.sendBack(teacher, feedback, t1))).toEqual({
        rule: 'FeedbackIsOneTo2000Characters',
        code: 'VALIDATION_FAILED',
      });
      expect(a.status).toBe('submitted');
    }
    const a = pupilArticle('submitted');
    a.sendBack(teacher, 'x'.repeat(2000), t1);
    expect(a.feedback).toHaveLength(2000);
  });

  it('records who published, and when', () => {
    const a = pupilArticle('submitted');
    a.publish(teacher, t1);
    expect(a.publishedAt).toEqual(t1);
    expect(a.pullEvents()[0]).toMatchObject({
      type: ArticlePublished.TYPE,
      authorId: pupil.id,
      publishedBy: teacher.id,
      at: t1,
    });
  });

  it('unpublishing takes the article back to a draft its pupil author may edit and submit again', () => {
    const a = pupilArticle('published');
    a.unpublish(teacher, t1);
    expect([a.status, a.publishedAt, a.submittedAt]).toEqual(['draft', null, null]);
    expect(a.pullEvents()[0]).toMatchObject({ type: ArticleUnpublished.TYPE, unpublishedBy: teacher.id });
    a.edit(pupil, { title: 'Nouveau titre' }, t1);
    a.submit(pupil, t1);
    expect(a.status).toBe('submitted');
  });

  it('a teacher changes their published article by unpublishing, editing, publishing again', () => {
    const a = teachersArticle('published');
    expect(ruleOf(() => a.edit(teacher, { title: 'Corrigé' }, t1))).toBe('OnlyADraftIsEdited');
    a.unpublish(teacher, t1);
    a.edit(teacher, { title: 'Corrigé' }, t1);
    a.publish(teacher, t1);
    expect([a.status, a.title]).toEqual(['published', 'Corrigé']);
  });

  it('edits only what is given and moves updatedAt', () => {
    const a = write({ mediaIds: [newId()] });
    const media = a.mediaIds;
    a.edit(pupil, { title: '  Autre titre ' }, t1);
    expect([a.title, a.body, a.mediaIds, a.updatedAt, a.createdAt]).toEqual([
      'Autre titre',
      '<p>Au musée</p>',
      media,
      t1,
      t0,
    ]);
  });

  it('copies itself without events, and a move tried on the copy leaves the original as it was', () => {
    const a = pupilArticle('submitted');
    const b = a.copy();
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.pullEvents()).toEqual([]);
    b.publish(teacher, t1);
    expect(a.status).toBe('submitted');
    expect(a.pullEvents()).toEqual([]);
  });
});

describe('Article limits', () => {
  const ok = (fn: () => unknown) => expect(refusal(fn)).toBeNull();
  const refusedBy = (fn: () => unknown, name: string) =>
    expect(refusal(fn)).toEqual({ rule: name, code: 'VALIDATION_FAILED' });

  it('a title has 1 to 200 characters once trimmed (ATitleIsOneTo200Characters)', () => {
    refusedBy(() => write({ title: '' }), 'ATitleIsOneTo200Characters');
    refusedBy(() => write({ title: ' \t\n ' }), 'ATitleIsOneTo200Characters');
    refusedBy(() => write({ title: 'é'.repeat(201) }), 'ATitleIsOneTo200Characters');
    ok(() => write({ title: 'é'.repeat(200) }));
    ok(() => write({ title: `  ${'a'.repeat(200)}  ` }));
    ok(() => write({ title: '🦊'.repeat(200) })); // counted in characters, not UTF-16 units
    refusedBy(() => pupilArticle('draft').edit(pupil, { title: '   ' }, t1), 'ATitleIsOneTo200Characters');
  });

  it('keeps a title as written apart from the ends (markup is just text)', () => {
    expect(write({ title: '  <b>Le  loup</b> & moi ' }).title).toBe('<b>Le  loup</b> & moi');
  });

  it('a body is at most 1 MiB of UTF-8 (ABodyIsAtMostOneMegabyte)', () => {
    const MiB = 1024 * 1024;
    ok(() => write({ body: 'a'.repeat(MiB) }));
    refusedBy(() => write({ body: 'a'.repeat(MiB + 1) }), 'ABodyIsAtMostOneMegabyte');
    refusedBy(() => write({ body: 'é'.repeat(MiB / 2 + 1) }), 'ABodyIsAtMostOneMegabyte'); // 2 bytes each
    ok(() => write({ body: 'é'.repeat(MiB / 2) }));
    refusedBy(() => write({ body: '🦊'.repeat(MiB / 4 + 1) }), 'ABodyIsAtMostOneMegabyte'); // 4 bytes each
    ok(() => write({ body: '' }));
    refusedBy(
      () => pupilArticle('draft').edit(pupil, { body: { html: 'a'.repeat(MiB + 1), excerpt: 'a' } }, t1),
      'ABodyIsAtMostOneMegabyte',
    );
  });

  it('embeds at most 50 distinct media items, each by id (AnArticleEmbedsAtMost50MediaItems, MediaItemsAreReferencedById)', () => {
    const ids = Array.from({ length: 51 }, () => newId());
    ok(() => write({ mediaIds: ids.slice(0, 50) }));
    refusedBy(() => write({ mediaIds: ids }), 'AnArticleEmbedsAtMost50MediaItems');
    refusedBy(() => write({ mediaIds: ['not-an-id'] }), 'MediaItemsAreReferencedById');
    refusedBy(() => pupilArticle('draft').edit(pupil, { mediaIds: ids }, t1), 'AnArticleEmbedsAtMost50MediaItems');
  });

  it('keeps each media item once, in order of first use (duplicates do not count toward 50)', () => {
    const [a, b] = [newId(), newId()];
    expect(write({ mediaIds: [a, b, a, b, a] }).mediaIds).toEqual([a, b]);
    const fifty = Array.from({ length: 50 }, () => newId());
    expect(write({ mediaIds: [...fifty, fifty[0]] }).mediaIds).toHaveLength(50);
  });

  it('checks who before state before input', () => {
    const a = pupilArticle('submitted');
    expect(ruleOf(() => a.edit(otherPupil, { title: '' }, t1))).toBe('OnlyTheAuthorEdits');
    expect(ruleOf(() => a.edit(pupil, { title: '' }, t1))).toBe('OnlyADraftIsEdited');
    expect(ruleOf(() => pupilArticle('draft').sendBack(teacher, '', t1))).toBe('OnlyASubmittedArticleIsSentBack');
  });
});

describe('canReadArticle', () => {
  const reader = (id: string, isClassTeacher: boolean, mayReadPublished: boolean) => ({
    id,
    isClassTeacher,
    mayReadPublished,
  });
  const author = reader(pupil.id, false, true);
  const classmate = reader(otherPupil.id, false, true);
  const classTeacher = reader(teacher.id, true, true);
  const parent = reader('parent-1', false, true);
  const partnerNotShared = reader('partner-pupil', false, false);
  const director = reader('director', false, true);

  it.each([
    ['draft', author, true],
    ['draft', classmate, false],
    ['draft', classTeacher, true],
    ['draft', parent, false],
    ['draft', director, false],
    ['submitted', author, true],
    ['submitted', classmate, false],
    ['submitted', classTeacher, true],
    ['submitted', parent, false],
    ['published', author, true],
    ['published', classmate, true],
    ['published', classTeacher, true],
    ['published', parent, true],
    ['published', director, true],
    ['published', partnerNotShared, false],
  ] as const)('%s read by %o → %s', (status, viewer, expected) => {
    expect(canReadArticle(pupilArticle(status), viewer)).toBe(expected);
  });
});
