import type { CommentModeration } from '@preau/contracts';
import { AggregateRoot, checkRule, type Id } from '@preau/kernel';
import type { Actor } from '../actor';
import type { ArticleStatus } from '../article/article-types';
import type { CommentStatus } from './comment-types';
import { CommentAwaitingModeration } from './events';
import {
  aCommentIsOneTo2000Characters,
  aHiddenCommentIsNotHiddenAgain,
  aVisibleCommentIsNotApprovedAgain,
  commentsAreSwitchedOff,
  onlyAPublishedArticleIsCommented,
  onlyATeacherModeratesComments,
} from './rules';

export interface CommentState {
  id: Id;
  articleId: Id;
  authorId: Id;
  /** Plain text, exactly as written (clients display it as text, never as markup). */
  body: string;
  status: CommentStatus;
  createdAt: Date;
}

export interface WriteComment {
  id: Id;
  article: { readonly id: Id; readonly status: ArticleStatus };
  /** `isClassTeacher`: a teacher's own comment is not held for moderation. */
  author: Actor;
  body: string;
  /** The class setting, read from the directory by the handler. */
  moderation: CommentModeration;
  now: Date;
}

/**
 * A comment on a published article, following the class setting `commentModeration`: `held` keeps
 * it pending until a teacher approves it, `immediate` shows it at once, `off` refuses it.
 * Whether the author may comment on this class at all (pupils, parents, teachers of the class) is
 * the class-access policy's question, asked by the handler before.
 */
export class Comment extends AggregateRoot {
  private constructor(private readonly state: CommentState) {
    super();
  }

  static write(props: WriteComment): Comment {
    checkRule(commentsAreSwitchedOff(props.moderation));
    checkRule(onlyAPublishedArticleIsCommented(props.article.status));
    checkRule(aCommentIsOneTo2000Characters(props.body));
    const held = props.moderation === 'held' && !props.author.isClassTeacher;
    const comment = new Comment({
      id: props.id,
      articleId: props.article.id,
      authorId: props.author.id,
      body: props.body,
      status: held ? 'pending' : 'visible',
      createdAt: props.now,
    });
    if (held) comment.record(new CommentAwaitingModeration(comment.id, comment.articleId, comment.authorId, props.now));
    return comment;
  }

  static restore(state: CommentState): Comment {
    return new Comment({ ...state });
  }

  get id(): Id { return this.state.id; }
  get articleId(): Id { return this.state.articleId; }
  get authorId(): Id { return this.state.authorId; }
  get body(): string { return this.state.body; }
  get status(): CommentStatus { return this.state.status; }
  get createdAt(): Date { return this.state.createdAt; }

  snapshot(): CommentState {
    return { ...this.state };
  }

  /** A teacher shows a pending comment, or shows again a comment they had hidden. */
  approve(by: Actor): void {
    checkRule(onlyATeacherModeratesComments(by));
    checkRule(aVisibleCommentIsNotApprovedAgain(this.state.status));
    this.state.status = 'visible';
  }

  /** A teacher hides a visible comment, or refuses a pending one. */
  hide(by: Actor): void {
    checkRule(onlyATeacherModeratesComments(by));
    checkRule(aHiddenCommentIsNotHiddenAgain(this.state.status));
    this.state.status = 'hidden';
  }
}
