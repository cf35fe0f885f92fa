import type { CommentModeration, Role } from '@preau/contracts';
import { AggregateRoot, checkRule, type Id } from '@preau/kernel';
import type { Actor } from '../actor';
import type { ArticleStatus } from '../article/article-types';
import type { CommentStatus } from './comment-types';
import { CommentAwaitingModeration } from './events';
import { checkMayApproveComment, checkMayHideComment } from './comment-policies';
import { aCommentIsOneTo2000Characters, commentsAreSwitchedOff, onlyAPublishedArticleIsCommented } from './rules';

export interface CommentState {
  id: Id;
  articleId: Id;
  authorId: Id;
  /** The author as the blog shows them, kept with the comment. */
  authorName: string;
  authorAccountRole: Role;
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
  authorName: string;
  authorAccountRole: Role;
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
 *
 * Its fields are read-only outside: only `approve` and `hide` change the status, after their rules.
 */
export class Comment extends AggregateRoot {
  readonly id!: Id;
  readonly articleId!: Id;
  readonly authorId!: Id;
  readonly authorName!: string;
  readonly authorAccountRole!: Role;
  readonly body!: string;
  readonly status!: CommentStatus;
  readonly createdAt!: Date;

  // No arguments: the ORM calls it too when it loads a comment (to start its list of events), then fills the fields.
  private constructor() {
    super();
  }

  static write(props: WriteComment): Comment {
    checkRule(commentsAreSwitchedOff(props.moderation));
    checkRule(onlyAPublishedArticleIsCommented(props.article.status));
    checkRule(aCommentIsOneTo2000Characters(props.body));
    const held = props.moderation === 'held' && !props.author.isClassTeacher;
    const state: CommentState = {
      id: props.id,
      articleId: props.article.id,
      authorId: props.author.id,
      authorName: props.authorName,
      authorAccountRole: props.authorAccountRole,
      body: props.body,
      status: held ? 'pending' : 'visible',
      createdAt: props.now,
    };
    const comment = Object.assign(new Comment(), state);
    if (held) comment.record(new CommentAwaitingModeration(comment.id, comment.articleId, comment.authorId, props.now));
    return comment;
  }

  snapshot(): CommentState {
    const { id, articleId, authorId, authorName, authorAccountRole, body, status, createdAt } = this;
    return { id, articleId, authorId, authorName, authorAccountRole, body, status, createdAt };
  }

  /** A teacher shows a pending comment, or shows again a comment they had hidden. */
  approve(by: Actor): void {
    checkMayApproveComment(this, by);
    Object.assign(this, { status: 'visible' });
  }

  /** A teacher hides a visible comment, or refuses a pending one. */
  hide(by: Actor): void {
    checkMayHideComment(this, by);
    Object.assign(this, { status: 'hidden' });
  }
}
