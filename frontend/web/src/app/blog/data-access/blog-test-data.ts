import type { ArticlePermissions, ArticleSummary, ArticleView, CommentView } from '@preau/contracts';

export const PHOTO_ID = '0190f7a2-5c3e-7b1d-9a2f-1c2d3e4f5a6b';

export const NO_PERMISSIONS: ArticlePermissions = {
  edit: false,
  submit: false,
  publish: false,
  sendBack: false,
  unpublish: false,
  delete: false,
  comment: false,
  moderateComments: false,
};

/** An article line as the API answers it, for specs. */
export function articleSummary(over: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'a1',
    classId: 'c1',
    title: 'Notre sortie au parc',
    excerpt: 'Nous avons vu des canards.',
    status: 'published',
    author: { id: 'u1', displayName: 'Léa Martin', role: 'PUPIL' },
    cover: null,
    mediaCount: 0,
    commentCount: 0,
    pendingCommentCount: 0,
    read: true,
    feedback: null,
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
    submittedAt: null,
    publishedAt: '2026-03-02T10:00:00Z',
    ...over,
  };
}

export function articleView(over: Partial<ArticleView> = {}): ArticleView {
  return {
    ...articleSummary(),
    body: '<p>Nous avons vu des canards.</p>',
    media: [],
    permissions: NO_PERMISSIONS,
    ...over,
  };
}

export function comment(over: Partial<CommentView> = {}): CommentView {
  return {
    id: 'k1',
    articleId: 'a1',
    body: 'Bravo !',
    author: { id: 'p1', displayName: 'Sophie Martin', role: 'PARENT' },
    status: 'visible',
    createdAt: '2026-03-02T11:00:00Z',
    permissions: { approve: false, hide: false, delete: false },
    ...over,
  };
}
