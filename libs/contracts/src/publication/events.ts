import { defineEvent } from '../events';

export interface ArticleEventPayload {
  articleId: string;
  classId: string;
  authorId: string;
}
/** Times travel as ISO strings. */
export interface ArticleSubmittedPayload extends ArticleEventPayload {
  at: string;
}
export interface ArticlePublishedPayload extends ArticleSubmittedPayload {
  /** The author for a teacher's direct publication. */
  publishedBy: string;
  mediaIds: string[];
}
export interface ArticleSentBackPayload extends ArticleSubmittedPayload {
  sentBackBy: string;
  feedback: string;
}
export interface ArticleUnpublishedPayload extends ArticleSubmittedPayload {
  unpublishedBy: string;
}
export interface CommentAwaitingModerationPayload {
  commentId: string;
  articleId: string;
  authorId: string;
  at: string;
}
export interface CommentModeratedPayload {
  commentId: string;
  articleId: string;
  classId: string;
  authorId: string;
}

/** Integration events of the publication context (the class blog). */
export const PublicationEvents = {
  ArticleSubmitted: defineEvent<ArticleSubmittedPayload>('publication.article-submitted'),
  ArticlePublished: defineEvent<ArticlePublishedPayload>('publication.article-published'),
  ArticleSentBack: defineEvent<ArticleSentBackPayload>('publication.article-sent-back'),
  ArticleUnpublished: defineEvent<ArticleUnpublishedPayload>('publication.article-unpublished'),
  ArticleDeleted: defineEvent<ArticleEventPayload>('publication.article-deleted'),
  CommentAwaitingModeration: defineEvent<CommentAwaitingModerationPayload>('publication.comment-awaiting-moderation'),
  CommentApproved: defineEvent<CommentModeratedPayload>('publication.comment-approved'),
  CommentHidden: defineEvent<CommentModeratedPayload>('publication.comment-hidden'),
} as const;
