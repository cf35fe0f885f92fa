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

/** Everything an article is, as a repository stores and restores it. */
export interface ArticleState {
  id: Id;
  classId: Id;
  authorId: Id;
  authorRole: AuthorRole;
  title: string;
  /** Sanitised HTML: the sanitiser runs before the domain, which only checks the size. */
  body: string;
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
  title: string;
  body: string;
  mediaIds?: readonly Id[];
  /** A teacher's article may publish at once; a pupil's never does. */
  publish?: boolean;
  now: Date;
}

export interface ArticleChanges {
  title?: string;
  body?: string;
  mediaIds?: readonly Id[];
}

/**
 * An article of a class blog. A pupil's goes draft → submitted → published, or back to draft with
 * the teacher's feedback; a teacher's own article publishes directly. The author edits only while
 * it is a draft — a teacher too: to change a published article, they unpublish, edit, publish again.
 * Who-may rules answer FORBIDDEN and are checked first, then the state (CONFLICT), then the input
 * (VALIDATION_FAILED).
 */
export class Article extends AggregateRoot {
  private constructor(private readonly state: ArticleState) {
    super();
  }

  static write(props: WriteArticle): Article {
    const publish = props.publish ?? false;
    checkRule(aPupilDoesNotPublish(props.authorRole, publish));
    const article = new Article({
      id: props.id,
      classId: props.classId,
      authorId: props.authorId,
      authorRole: props.authorRole,
      title: validTitle(props.title),
      body: validBody(props.body),
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

  /** Rebuilds an article from storage: no rule runs, no event is recorded. */
  static restore(state: ArticleState): Article {
    return new Article({ ...state, mediaIds: [...state.mediaIds] });
  }

  get id(): Id { return this.state.id; }
  get classId(): Id { return this.state.classId; }
  get authorId(): Id { return this.state.authorId; }
  get authorRole(): AuthorRole { return this.state.authorRole; }
  get title(): string { return this.state.title; }
  get body(): string { return this.state.body; }
  get mediaIds(): readonly Id[] { return this.state.mediaIds; }
  get status(): ArticleStatus { return this.state.status; }
  get feedback(): string | null { return this.state.feedback; }
  get createdAt(): Date { return this.state.createdAt; }
  get updatedAt(): Date { return this.state.updatedAt; }
  get submittedAt(): Date | null { return this.state.submittedAt; }
  get publishedAt(): Date | null { return this.state.publishedAt; }

  /** A copy of the state, for the repository. */
  snapshot(): ArticleState {
    return { ...this.state, mediaIds: [...this.state.mediaIds] };
  }

  /** Whether this is a teacher's article written by `by` (which then publishes without submission). */
  isOwnTeacherArticle(by: Actor): boolean {
    return this.state.authorRole === 'TEACHER' && this.state.authorId === by.id;
  }

  edit(by: Actor, changes: ArticleChanges, now: Date): void {
    checkRule(onlyTheAuthorEdits(this.state.authorId, by));
    checkRule(onlyADraftIsEdited(this.state.status));
    const title = changes.title === undefined ? this.state.title : validTitle(changes.title);
    const body = changes.body === undefined ? this.state.body : validBody(changes.body);
    const mediaIds = changes.mediaIds === undefined ? this.state.mediaIds : validMediaIds(changes.mediaIds);
    Object.assign(this.state, { title, body, mediaIds, updatedAt: now });
  }

  submit(by: Actor, now: Date): void {
    checkRule(onlyTheAuthorSubmits(this.state.authorId, by));
    checkRule(aTeachersArticleIsNotSubmitted(this.state.authorRole));
    checkRule(onlyADraftIsSubmitted(this.state.status));
    Object.assign(this.state, { status: 'submitted', feedback: null, submittedAt: now, updatedAt: now });
    this.record(new ArticleSubmitted(this.id, this.classId, this.authorId, now));
  }

  publish(by: Actor, now: Date): void {
    checkRule(onlyATeacherPublishes(by));
    checkRule(onlyASubmittedArticleOrOwnDraftIsPublished(this.state.status, this.isOwnTeacherArticle(by)));
    this.becomePublished(by.id, now);
  }

  sendBack(by: Actor, feedback: string, now: Date): void {
    checkRule(onlyATeacherSendsBack(by));
    checkRule(onlyASubmittedArticleIsSentBack(this.state.status));
    checkRule(feedbackIsOneTo2000Characters(feedback));
    const words = feedback.trim();
    Object.assign(this.state, { status: 'draft', feedback: words, submittedAt: null, updatedAt: now });
    this.record(new ArticleSentBack(this.id, this.classId, this.authorId, by.id, words, now));
  }

  unpublish(by: Actor, now: Date): void {
    checkRule(onlyATeacherUnpublishes(by));
    checkRule(onlyAPublishedArticleIsUnpublished(this.state.status));
    Object.assign(this.state, { status: 'draft', submittedAt: null, publishedAt: null, updatedAt: now });
    this.record(new ArticleUnpublished(this.id, this.classId, this.authorId, by.id, now));
  }

  private becomePublished(by: Id, now: Date): void {
    Object.assign(this.state, { status: 'published', feedback: null, publishedAt: now, updatedAt: now });
    this.record(new ArticlePublished(this.id, this.classId, this.authorId, by, [...this.state.mediaIds], now));
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
