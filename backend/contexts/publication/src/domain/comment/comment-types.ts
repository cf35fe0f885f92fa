export type CommentStatus = 'pending' | 'visible' | 'hidden';
export const COMMENT_MAX_CHARS = 2000;
