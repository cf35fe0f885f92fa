import { Routes } from '@angular/router';

/** `/media`: my library. */
export const mediaRoutes: Routes = [
  {
    path: '',
    title: 'titles.myMedia',
    loadComponent: () => import('./feature-library/library-page').then((m) => m.LibraryPage),
  },
];

/** `/classes/:classId/media`: a class's library. */
export const classMediaRoutes: Routes = [
  {
    path: '',
    title: 'titles.classMedia',
    loadComponent: () => import('./feature-library/library-page').then((m) => m.LibraryPage),
  },
];
