import {
  type ClassAction,
  type ClassAccess,
  RegisterMediaUsageCommand,
  ReleaseMediaUsageCommand,
  ViewResourceMediaQuery,
} from '@preau/contracts';
import { FixedClock, type Id } from '@preau/kernel';
import { FakeBus, FakeClassAccess, recordingOutbox } from '@preau/platform/testing';
import { ArticleViews } from '../application/article-views';
import { BlogAccess } from '../application/blog-access';
import { Article, type ArticleStatus, Comment, type CommentStatus, type PersonSnapshot } from '../domain';
import { FakeRichText } from './fake-rich-text';
import { InMemoryArticleRepository } from './in-memory-article.repository';
import { InMemoryBlogReadModel } from './in-memory-blog.read-model';
import { InMemoryCommentRepository } from './in-memory-comment.repository';

export const CLASS_ID = '0b7c1f43-5a1e-4c1e-9d1a-000000000c1a';
export const OTHER_CLASS_ID = '0b7c1f43-5a1e-4c1e-9d1a-000000000c2b';

export const teacher: PersonSnapshot = { id: 'teacher-1', displayName: 'M. Martin', role: 'TEACHER' };
export const coTeacher: PersonSnapshot = { id: 'teacher-2', displayName: 'Mme Bernard', role: 'TEACHER' };
export const pupil: PersonSnapshot = { id: 'pupil-1', displayName: 'Léa', role: 'PUPIL' };
export const otherPupil: PersonSnapshot = { id: 'pupil-2', displayName: 'Hugo', role: 'PUPIL' };
export const parent: PersonSnapshot = { id: 'parent-1', displayName: 'Mme Durand', role: 'PARENT' };
/** Knows nothing of the class (the directory answers them NOT_FOUND). */
export const stranger: PersonSnapshot = { id: 'stranger-1', displayName: 'Inconnu', role: 'PARENT' };

/** Ids that read as what they are in a failing spec: kind 1 an article, 2 a comment. */
const fixtureId = (kind: number, n: number): Id => `00000000-0000-4000-800${kind}-${String(n).padStart(12, '0')}`;

/** What the directory's matrix grants in a class blog (docs/product/access-rules.md), before module switches. */
export const TEACHER_ACTIONS: ClassAction[] = [
  'blog.read',
  'blog.write',
  'blog.moderate',
  'blog.comment',
  'blog.comment.moderate',
];
export const PUPIL_ACTIONS: ClassAction[] = ['blog.read', 'blog.write', 'blog.comment'];
export const PARENT_ACTIONS: ClassAction[] = ['blog.read', 'blog.comment'];

/**
 * A class blog without a database for handler specs: the context's in-memory stores, the platform's fakes
 * (class access, bus, outbox), a fixed clock, and the two services handlers share (BlogAccess, ArticleViews).
 * The bus answers the media context's messages as it would for items that all exist.
 */
export function blogFixture(settings: Partial<NonNullable<ClassAccess['settings']>> = {}) {
  const clock = new FixedClock(new Date('2026-10-05T08:00:00Z'));
  const more: Partial<ClassAccess> = {
    settings: { commentModeration: 'held', holdPupilMessages: false, shareBlogWithPartners: false, ...settings },
  };
  const access = new FakeClassAccess()
    .grant(teacher.id, CLASS_ID, TEACHER_ACTIONS, more)
    .grant(coTeacher.id, CLASS_ID, TEACHER_ACTIONS, more)
    .grant(pupil.id, CLASS_ID, PUPIL_ACTIONS, more)
    .grant(otherPupil.id, CLASS_ID, PUPIL_ACTIONS, more)
    .grant(parent.id, CLASS_ID, PARENT_ACTIONS, more);
  const bus = new FakeBus()
    .onQuery(ViewResourceMediaQuery, (query) => Object.fromEntries(query.resourceIds.map((id) => [id, []])))
    .onCommand(RegisterMediaUsageCommand, (command) => ({ mediaIds: [...command.mediaIds] }))
    .onCommand(ReleaseMediaUsageCommand, () => undefined);
  const { outbox, published } = recordingOutbox(clock);
  const articles = new InMemoryArticleRepository();
  const comments = new InMemoryCommentRepository();
  const readModel = new InMemoryBlogReadModel(articles, comments);
  const richText = new FakeRichText();
  const blog = new BlogAccess(access, articles);
  const views = new ArticleViews(bus.asBus(), readModel, clock);

  /** An article of the class already stored, written by `author` and brought to `status`, no events left. */
  function article(
    status: ArticleStatus = 'published',
    author: PersonSnapshot = pupil,
    over: { id?: Id; title?: string; classId?: Id; mediaIds?: Id[] } = {},
  ): Article {
    const byTeacher = author.role === 'TEACHER';
    const written = Article.write({
      id: over.id ?? fixtureId(1, articles.items.size + 1),
      classId: over.classId ?? CLASS_ID,
      authorId: author.id,
      authorRole: byTeacher ? 'TEACHER' : 'PUPIL',
      authorName: author.displayName,
      authorAccountRole: author.role,
      title: over.title ?? 'Notre sortie au musée',
      body: '<p>Nous avons vu des tableaux.</p>',
      excerpt: 'Nous avons vu des tableaux.',
      mediaIds: over.mediaIds,
      now: clock.now(),
    });
    const by = { id: teacher.id, isClassTeacher: true };
    if (status !== 'draft' && !byTeacher) written.submit({ id: author.id, isClassTeacher: false }, clock.now());
    if (status === 'published') written.publish(byTeacher ? { id: author.id, isClassTeacher: true } : by, clock.now());
    written.pullEvents();
    articles.add(written);
    return written;
  }

  /** A comment stored on `on`, written by `author` and brought to `status`, no events left. */
  function comment(on: Article, status: CommentStatus = 'visible', author: PersonSnapshot = parent): Comment {
    const written = Comment.write({
      id: fixtureId(2, comments.items.size + 1),
      article: on,
      author: { id: author.id, isClassTeacher: false },
      authorName: author.displayName,
      authorAccountRole: author.role,
      body: 'Bravo les enfants !',
      moderation: 'held',
      now: clock.now(),
    });
    if (status === 'visible') written.approve({ id: teacher.id, isClassTeacher: true });
    if (status === 'hidden') written.hide({ id: teacher.id, isClassTeacher: true });
    written.pullEvents();
    comments.add(written);
    return written;
  }

  return {
    clock,
    access,
    bus,
    outbox,
    published,
    articles,
    comments,
    readModel,
    richText,
    blog,
    views,
    article,
    comment,
  };
}

export type BlogFixture = ReturnType<typeof blogFixture>;
