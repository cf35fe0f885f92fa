import { Routes } from '@angular/router';

/** `/classes/:classId/blog`: a class's blog, writing a new article, the teacher's validation queue. */
export const classBlogRoutes: Routes = [
  {
    path: '',
    title: 'titles.blog',
    loadComponent: () => import('./feature-list/blog-list-page').then((m) => m.BlogListPage),
  },
  {
    path: 'new',
    title: 'titles.blogNew',
    loadComponent: () => import('./feature-editor/editor-page').then((m) => m.EditorPage),
  },
  {
    path: 'moderation',
    title: 'titles.blogModeration',
    loadComponent: () => import('./feature-moderation/moderation-page').then((m) => m.ModerationPage),
  },
];

/** `/blog/articles/:id`: reading an article, and editing a draft. */
export const blogRoutes: Routes = [
  {
    path: 'articles/:id',
    title: 'titles.blogArticle',
    loadComponent: () => import('./feature-article/article-page').then((m) => m.ArticlePage),
  },
  {
    path: 'articles/:id/edit',
    title: 'titles.blogEdit',
    loadComponent: () => import('./feature-editor/editor-page').then((m) => m.EditorPage),
  },
];
