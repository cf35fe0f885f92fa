export * from './comments-are-switched-off.rule';
export * from './only-a-published-article-is-commented.rule';
export * from './a-comment-is-one-to-2000-characters.rule';
export * from './only-a-teacher-moderates-comments.rule';
export * from './a-visible-comment-is-not-approved-again.rule';
export * from './a-hidden-comment-is-not-hidden-again.rule';
export * from './only-the-author-or-a-teacher-deletes-a-comment.rule';
