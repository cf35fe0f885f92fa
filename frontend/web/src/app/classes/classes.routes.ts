import { Routes } from '@angular/router';

export const classesRoutes: Routes = [
  {
    path: ':id',
    title: 'titles.class',
    loadComponent: () => import('./feature-class-home/class-home-page').then((m) => m.ClassHomePage),
  },
  {
    path: ':id/settings',
    title: 'titles.classSettings',
    loadComponent: () => import('./feature-class-settings/class-settings-page').then((m) => m.ClassSettingsPage),
  },
  {
    path: ':id/cards',
    title: 'titles.classCards',
    loadComponent: () => import('./feature-class-cards/class-cards-page').then((m) => m.ClassCardsPage),
  },
];
