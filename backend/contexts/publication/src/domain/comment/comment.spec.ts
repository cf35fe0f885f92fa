import type { CommentModeration } from '@preau/contracts';
import { BusinessRuleViolation } from '@preau/kernel';
import type { Actor, Viewer } from '../actor';
import type { ArticleStatus } from '../article/article-types';
import { Comment, type WriteComment } from './comment';
import { canReadComment, checkMayDeleteComment, commentMoves } from './comment-policies';
import type { CommentStatus } from './comment-types';
import { CommentAwaitingModeration } from './events';

const now = new Date('2026-10-06T17:00:00Z');
const parent: Actor = { id: 'parent-1', isClassTeacher: false };
const pupil: Actor = { id: 'pupil-1', isClassTeacher: false };
const teacher: Actor = { id: 'teacher-1', isClassTeacher: true };

function refusal(fn: () => unknown): { rule: string; code: string } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof BusinessRuleViolation) return { rule: e.rule.name, code: e.code };
    throw e;
  }
  return null;
}

const write = (over: Partial<WriteComment> = {}) =>
  Comment.write({
    id: 'c-1',
    article: { id: 'a-1', status: 'published' },
    author: parent,
    authorName: 'Parent',
    authorAccountRole: 'PARENT',
    body: 'Bravo les enfants !',
    moderation: 'held',
    now,
    ...over,
  });

/** A parent's comment, held then moderated into `status`. */
function inStatus(status: CommentStatus): Comment {
  const comment = write({ body: 'Bravo' });
  if (status === 'visible') comment.approve(teacher);
  if (status === 'hidden') comment.hide(teacher);
  comment.pullEvents();
  return comment;
}

describe('Comment.write under the class setting commentModeration', () => {
  it.each([
    ['held', parent, 'pending', [CommentAwaitingModeration]],
    ['held', pupil, 'pending', [CommentAwaitingModeration]],
    ['held', teacher, 'visible', []],
    ['immediate', parent, 'visible', []],
    ['immediate', teacher, 'visible', []],
  ] as [CommentModeration, Actor, CommentStatus, unknown[]][])(
    '%s, by %o → %s',
    (moderation, author, status, events) => {
      const c = write({ moderation, author });
      expect(c.status).toBe(status);
      expect(c.pullEvents().map((e) => e.constructor)).toEqual(events);
    },
  );

  it('says which comment awaits moderation', () => {
    expect(write().pullEvents()[0]).toMatchObject({
      type: CommentAwaitingModeration.TYPE,
      commentId: 'c-1',
      articleId: 'a-1',
      authorId: parent.id,
      at: now,
    });
  });

  it.each([parent, teacher])(
    'refuses every comment when switched off (CommentsAreSwitchedOff, FORBIDDEN): %o',
    (author) => {
      expect(refusal(() => write({ moderation: 'off', author }))).toEqual({
        rule: 'CommentsAreSwitchedOff',
        code: 'FORBIDDEN',
      });
    },
  );

  it.each(['draft', 'submitted'] as ArticleStatus[])(
    'refuses a comment on a %s article (OnlyAPublishedArticleIsCommented, CONFLICT)',
    (status) => {
      expect(refusal(() => write({ article: { id: 'a-1', status } }))).toEqual({
        rule: 'OnlyAPublishedArticleIsCommented',
        code: 'CONFLICT',
      });
    },
  );

  it('keeps the body exactly as written, markup included', () => {
    const body = '  <script>alert(1)</script>\n\n  Merci   !  ';
    expect(write({ body }).body).toBe(body);
  });

  it('a body has 1 to 2000 characters and is not only whitespace (ACommentIsOneTo2000Characters)', () => {
    for (const body of ['', '   ', '\n\t ', 'x'.repeat(2001)]) {
      expect(refusal(() => write({ body }))).toEqual({
        rule: 'ACommentIsOneTo2000Characters',
        code: 'VALIDATION_FAILED',
      });
    }
    expect(write({ body: 'x'.repeat(2000) }).body).toHaveLength(2000);
    expect(write({ body: '🦊'.repeat(2000) }).body).toBe('🦊'.repeat(2000));
    expect(write({ body: '!' }).body).toBe('!');
  });
});

describe('Comment moderation', () => {
  it.each([
    ['pending', 'approve', teacher, 'visible'],
    ['hidden', 'approve', teacher, 'visible'],
    ['visible', 'approve', teacher, 'AVisibleCommentIsNotApprovedAgain'],
    ['pending', 'hide', teacher, 'hidden'],
    ['visible', 'hide', teacher, 'hidden'],
    ['hidden', 'hide', teacher, 'AHiddenCommentIsNotHiddenAgain'],
    ['pending', 'approve', parent, 'OnlyATeacherModeratesComments'],
    ['pending', 'approve', pupil, 'OnlyATeacherModeratesComments'],
    ['visible', 'hide', parent, 'OnlyATeacherModeratesComments'],
    ['visible', 'hide', pupil, 'OnlyATeacherModeratesComments'],
  ] as [CommentStatus, 'approve' | 'hide', Actor, string][])('%s · %s by %o → %s', (status, op, by, expected) => {
    const c = inStatus(status);
    const refused = refusal(() => c[op](by));
    if (expected === 'visible' || expected === 'hidden') {
      expect(refused).toBeNull();
      expect(c.status).toBe(expected);
    } else {
      expect(refused).toEqual({ rule: expected, code: expected.startsWith('OnlyATeacher') ? 'FORBIDDEN' : 'CONFLICT' });
      expect(c.status).toBe(status);
    }
  });
});

describe('checkMayDeleteComment', () => {
  it.each(['pending', 'visible', 'hidden'] as CommentStatus[])(
    'lets the author and a teacher delete a %s comment, no one else',
    (status) => {
      expect(refusal(() => checkMayDeleteComment(inStatus(status), parent))).toBeNull();
      expect(refusal(() => checkMayDeleteComment(inStatus(status), teacher))).toBeNull();
      expect(refusal(() => checkMayDeleteComment(inStatus(status), pupil))).toEqual({
        rule: 'OnlyTheAuthorOrATeacherDeletesAComment',
        code: 'FORBIDDEN',
      });
    },
  );
});

describe('canReadComment', () => {
  const published = { authorId: 'pupil-author', status: 'published' as ArticleStatus };
  const draft = { authorId: 'pupil-author', status: 'draft' as ArticleStatus };
  const v = (a: Actor, mayReadPublished = true): Viewer => ({ ...a, mayReadPublished });
  const otherParent = v({ id: 'parent-2', isClassTeacher: false });

  it.each([
    ['visible', v(otherParent), true],
    ['visible', v(parent), true],
    ['visible', v(teacher), true],
    ['visible', v({ id: 'partner', isClassTeacher: false }, false), false],
    ['pending', v(parent), true],
    ['pending', otherParent, false],
    ['pending', v(pupil), false],
    ['pending', v(teacher), true],
    ['hidden', v(parent), true],
    ['hidden', otherParent, false],
    ['hidden', v(teacher), true],
  ] as [CommentStatus, Viewer, boolean][])('%s comment read by %o → %s', (status, viewer, expected) => {
    expect(canReadComment(inStatus(status), published, viewer)).toBe(expected);
  });

  it('no one reads the comments of an article they may not read', () => {
    expect(canReadComment(inStatus('visible'), draft, v(otherParent))).toBe(false);
    expect(canReadComment(inStatus('visible'), draft, v(teacher))).toBe(true);
  });
});

describe('commentMoves: what the interface offers, asked of the aggregate', () => {
  const at = new Date('2026-11-28T10:00:00Z');
  const facts = (status: 'pending' | 'visible' | 'hidden') => ({
    id: 'c',
    articleId: 'a',
    authorId: 'parent',
    body: 'Bravo',
    status,
    createdAt: at,
  });
  const teacher = { id: 'teacher', isClassTeacher: true };
  const author = { id: 'parent', isClassTeacher: false };
  const other = { id: 'someone', isClassTeacher: false };

  it.each([
    ['a teacher, pending', facts('pending'), teacher, { approve: true, hide: true, delete: true }],
    ['a teacher, visible', facts('visible'), teacher, { approve: false, hide: true, delete: true }],
    ['a teacher, hidden', facts('hidden'), teacher, { approve: true, hide: false, delete: true }],
    ['its author', facts('pending'), author, { approve: false, hide: false, delete: true }],
    ['another reader', facts('visible'), other, { approve: false, hide: false, delete: false }],
  ])('%s', (_label, comment, actor, expected) => {
    expect(commentMoves(comment, actor)).toEqual(expected);
  });
});
