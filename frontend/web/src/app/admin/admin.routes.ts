import { Routes } from '@angular/router';

export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'schools' },
  {
    path: 'schools',
    title: 'titles.schools',
    loadComponent: () => import('./feature-schools/schools-page').then((m) => m.SchoolsPage),
  },
  {
    path: 'schools/:id',
    title: 'titles.school',
    loadComponent: () => import('./feature-school/school-page').then((m) => m.SchoolPage),
  },
];
