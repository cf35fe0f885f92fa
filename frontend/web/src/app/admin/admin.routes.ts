import { Routes } from '@angular/router';

export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'schools' },
  {
    path: 'schools',
    title: 'titles.schools',
    loadComponent: () => import('./feature-schools/schools-page').then((m) => m.SchoolsPage),
  },
  {
    path: 'schools/:schoolId/import',
    title: 'titles.adminImport',
    loadComponent: () => import('./feature-import/import-page').then((m) => m.ImportPage),
  },
  {
    path: 'schools/:id',
    title: 'titles.school',
    loadComponent: () => import('./feature-school/school-page').then((m) => m.SchoolPage),
  },
  {
    path: 'schools/:id/classes/:classId',
    title: 'titles.adminClass',
    loadComponent: () => import('./feature-class/class-page').then((m) => m.AdminClassPage),
  },
  {
    path: 'people',
    title: 'titles.adminPeople',
    loadComponent: () => import('./feature-people/people-page').then((m) => m.PeoplePage),
  },
  {
    path: 'people/:id',
    title: 'titles.adminPerson',
    loadComponent: () => import('./feature-person/person-page').then((m) => m.PersonPage),
  },
];
