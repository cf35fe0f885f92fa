import type { Role } from '@preau/contracts';
import { AggregateRoot, checkRule, type Id } from '@preau/kernel';
import type { Actor } from '../actor';
import type { ArticleStatus, AuthorRole } from './article-types';
import { ArticlePublished, ArticleSentBack, ArticleSubmitted, ArticleUnpublished } from './events';
import {
  aBodyIsAtMostOneMegabyte,
  anArticleEmbedsAtMost50MediaItems,
  aPupilDoesNotPublish,
  aTeachersArticleIsNotSubmitted,
  aTitleIsOneTo200Characters,
  feedbackIsOneTo2000Characters,
  mediaItemsAreReferencedById,
  onlyADraftIsEdited,
  onlyADraftIsSubmitted,
  onlyAPublishedArticleIsUnpublished,
  onlyASubmittedArticleIsSentBack,
  onlyASubmittedArticleOrOwnDraftIsPublished,
  onlyATeacherPublishes,
  onlyATeacherSendsBack,
  onlyATeacherUnpublishes,
  onlyTheAuthorEdits,
  onlyTheAuthorSubmits,
} from './rules';

/** Everything an article is (what `snapshot()` copies). */
export interface ArticleState {
  id: Id;
  classId: Id;
  authorId: Id;
  authorRole: AuthorRole;
  /** The author as the blog shows them, kept with the article (a page never asks the directory). */
  authorName: string;
  authorAccountRole: Role;
  title: string;
  /** Sanitised HTML: the sanitiser runs before the domain, which only checks the size. */
  body: string;
  /** Plain text of the body's beginning, cut by the application with the body (cards show it). */
  excerpt: string;
  mediaIds: Id[];
  status: ArticleStatus;
  /** The teacher's words when the article was sent back; kept until the next submission. */
  feedback: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Both describe the current round: cleared when the article goes back to draft. */
  submittedAt: Date | null;
  publishedAt: Date | null;
}

export interface WriteArticle {
  id: Id;
  classId: Id;
  /** The handler sets TEACHER only for a teacher of `classId` (asked of the class-access port). */
  authorId: Id;
  authorRole: AuthorRole;
  authorName: string;
  authorAccountRole: Role;
  title: string;
  body: string;
  excerpt: string;
  mediaIds?: readonly Id[];
  /** A teacher's article may publish at once; a pupil's never does. */
  publish?: boolean;
  now: Date;
}

export interface ArticleChanges {
  title?: string;
  /** A new body comes with its excerpt. */
  body?: { html: string; excerpt: string };
  mediaIds?: readonly Id[];
}

/**
 * An article of a class blog. A pupil's goes draft → submitted → published, or back to draft with
 * the teacher's feedback; a teacher's own article publishes directly. The author edits only while
 * it is a draft — a teacher too: to change a published article, they unpublish, edit, publish again.
 * Who-may rules answer FORBIDDEN and are checked first, then the state (CONFLICT), then the input
 * (VALIDATION_FAILED).
 *
 * Its fields are read-only outside: only the methods below change them, after their rules.
 */
export class Article extends AggregateRoot {
  readonly id!: Id;
  readonly classId!: Id;
  readonly authorId!: Id;
  readonly authorRole!: AuthorRole;
  readonly authorName!: string;
  readonly authorAccountRole!: Role;
  readonly title!: string;
  readonly body!: string;
  readonly excerpt!: string;
  readonly mediaIds!: readonly Id[];
  readonly status!: ArticleStatus;
  readonly feedback!: string | null;
  readonly createdAt!: Date;
  readonly updatedAt!: Date;
  readonly submittedAt!: Date | null;
  readonly publishedAt!: Date | null;

  // No arguments: the ORM calls it too when it loads an article (to start its list of events), then fills the fields.
  private constructor() {
    super();
  }

  private static of(state: ArticleState): Article {
    return Object.assign(new Article(), state);
  }

  static write(props: WriteArticle): Article {
    const publish = props.publish ?? false;
    checkRule(aPupilDoesNotPublish(props.authorRole, publish));
    const article = Article.of({
      id: props.id,
      classId: props.classId,
      authorId: props.authorId,
      authorRole: props.authorRole,
      authorName: props.authorName,
      authorAccountRole: props.authorAccountRole,
      title: validTitle(props.title),
      body: validBody(props.body),
      excerpt: props.excerpt,
      mediaIds: validMediaIds(props.mediaIds ?? []),
      status: 'draft',
      feedback: null,
      createdAt: props.now,
      updatedAt: props.now,
      submittedAt: null,
      publishedAt: null,
    });
    if (publish) article.becomePublished(props.authorId, props.now);
    return article;
  }

  /** A copy of the state (views, and specs comparing before and after). */
  snapshot(): ArticleState {
    return {
      id: this.id,
      classId: this.classId,
      authorId: this.authorId,
      authorRole: this.authorRole,
      authorName: this.authorName,
      authorAccountRole: this.authorAccountRole,
      title: this.title,
      body: this.body,
      excerpt: this.excerpt,
      mediaIds: [...this.mediaIds],
      status: this.status,
      feedback: this.feedback,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
      submittedAt: this.submittedAt,
      publishedAt: this.publishedAt,
    };
  }

  /** A detached copy, no events: a move tried on it leaves this article as it is (see articleMoves). */
  copy(): Article {
    return Article.of(this.snapshot());
  }

  /** Whether this is a teacher's article written by `by` (which then publishes without submission). */
  isOwnTeacherArticle(by: Actor): boolean {
    return this.authorRole === 'TEACHER' && this.authorId === by.id;
  }

  edit(by: Actor, changes: ArticleChanges, now: Date): void {
    checkRule(onlyTheAuthorEdits(this.authorId, by));
    checkRule(onlyADraftIsEdited(this.status));
    const title = changes.title === undefined ? this.title : validTitle(changes.title);
    const body = changes.body === undefined ? this.body : validBody(changes.body.html);
    const excerpt = changes.body === undefined ? this.excerpt : changes.body.excerpt;
    const mediaIds = changes.mediaIds === undefined ? this.mediaIds : validMediaIds(changes.mediaIds);
    this.change({ title, body, excerpt, mediaIds: [...mediaIds], updatedAt: now });
  }

  submit(by: Actor, now: Date): void {
    checkRule(onlyTheAuthorSubmits(this.authorId, by));
    checkRule(aTeachersArticleIsNotSubmitted(this.authorRole));
    checkRule(onlyADraftIsSubmitted(this.status));
    this.change({ status: 'submitted', feedback: null, submittedAt: now, updatedAt: now });
    this.record(new ArticleSubmitted(this.id, this.classId, this.authorId, now));
  }

  publish(by: Actor, now: Date): void {
    checkRule(onlyATeacherPublishes(by));
    checkRule(onlyASubmittedArticleOrOwnDraftIsPublished(this.status, this.isOwnTeacherArticle(by)));
    this.becomePublished(by.id, now);
  }

  sendBack(by: Actor, feedback: string, now: Date): void {
    checkRule(onlyATeacherSendsBack(by));
    checkRule(onlyASubmittedArticleIsSentBack(this.status));
    checkRule(feedbackIsOneTo2000Characters(feedback));
    const words = feedback.trim();
    this.change({ status: 'draft', feedback: words, submittedAt: null, updatedAt: now });
    this.record(new ArticleSentBack(this.id, this.classId, this.authorId, by.id, words, now));
  }

  unpublish(by: Actor, now: Date): void {
    checkRule(onlyATeacherUnpublishes(by));
    checkRule(onlyAPublishedArticleIsUnpublished(this.status));
    this.change({ status: 'draft', submittedAt: null, publishedAt: null, updatedAt: now });
    this.record(new ArticleUnpublished(this.id, this.classId, this.authorId, by.id, now));
  }

  private becomePublished(by: Id, now: Date): void {
    this.change({ status: 'published', feedback: null, publishedAt: now, updatedAt: now });
    this.record(new ArticlePublished(this.id, this.classId, this.authorId, by, [...this.mediaIds], now));
  }

  private change(fields: Partial<ArticleState>): void {
    Object.assign(this, fields);
  }
}

/** Plain text, trimmed at both ends, otherwise kept as written. */
function validTitle(title: string): string {
  checkRule(aTitleIsOneTo200Characters(title));
  return title.trim();
}

function validBody(body: string): string {
  checkRule(aBodyIsAtMostOneMegabyte(body));
  return body;
}

/** Media are referenced by id; the same item embedded twice counts once (order of first use kept). */
function validMediaIds(mediaIds: readonly Id[]): Id[] {
  checkRule(mediaItemsAreReferencedById(mediaIds));
  const unique = [...new Set(mediaIds)];
  checkRule(anArticleEmbedsAtMost50MediaItems(unique));
  return unique;
}
