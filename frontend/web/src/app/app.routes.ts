import { inject } from '@angular/core';
import { CanActivateFn, Route, Router } from '@angular/router';
import { authGuard, guestGuard, passwordChangeGuard, roleGuard } from './auth/data-access/auth-guards';
// Straight from the file, not the area's index: the routes are in the first bundle, the class overview is not.
import { provideClassContext } from './classes/data-access/class-context';
import { SessionStore } from './shared/session/session-store';

/** Administrators have no class of their own: their home is their schools. */
const adminHome: CanActivateFn = () => {
  const role = inject(SessionStore).role();
  return role === 'SCHOOL_ADMIN' || role === 'ACADEMY_ADMIN' ? inject(Router).createUrlTree(['/admin/schools']) : true;
};

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'titles.login',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/feature-login/login-page').then((m) => m.LoginPage),
  },
  {
    // The class tablet: a pupil logs in with the QR code of their card.
    path: 'login/card',
    title: 'titles.cardLogin',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/feature-card-login/card-login-page').then((m) => m.CardLoginPage),
  },
  {
    // Public, like login: the family letter's code (a `?code=` link or QR code fills it in).
    path: 'activate',
    title: 'titles.activation',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/feature-activation/activation-page').then((m) => m.ActivationPage),
  },
  {
    // Outside the app's frame: after a reset, nothing else until a new password is chosen.
    path: 'account/password',
    title: 'titles.passwordChange',
    canActivate: [passwordChangeGuard],
    loadComponent: () =>
      import('./auth/feature-password-change/password-change-page').then((m) => m.PasswordChangePage),
  },
  {
    path: 'unavailable',
    title: 'titles.unavailable',
    loadComponent: () => import('./shell/feature-unavailable/unavailable-page').then((m) => m.UnavailablePage),
  },
  {
    // Outside the app's frame: an article as it goes on the class wall.
    path: 'blog/articles/:id/print',
    title: 'titles.blogPrint',
    canActivate: [authGuard],
    providers: [provideClassContext()],
    loadComponent: () => import('./blog/feature-print/print-page').then((m) => m.PrintPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/feature-shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.home',
        canActivate: [adminHome],
        loadComponent: () => import('./home/feature-home/home-page').then((m) => m.HomePage),
      },
      {
        path: 'media',
        providers: [provideClassContext()],
        loadChildren: () => import('./media/media.routes').then((m) => m.mediaRoutes),
      },
      {
        // Before `classes`: a class's library belongs to the media area.
        path: 'classes/:classId/media',
        providers: [provideClassContext()],
        loadChildren: () => import('./media/media.routes').then((m) => m.classMediaRoutes),
      },
      {
        // Before `classes`: a class's blog belongs to the blog area.
        path: 'classes/:classId/blog',
        providers: [provideClassContext()],
        loadChildren: () => import('./blog/blog.routes').then((m) => m.classBlogRoutes),
      },
      {
        path: 'blog',
        providers: [provideClassContext()],
        loadChildren: () => import('./blog/blog.routes').then((m) => m.blogRoutes),
      },
      {
        // Before `classes`: a class's messaging tile and its moderation queue belong to the messaging area.
        path: 'classes/:classId/messaging',
        providers: [provideClassContext()],
        loadChildren: () => import('./messaging/messaging.routes').then((m) => m.classMessagingRoutes),
      },
      {
        path: 'messaging',
        loadChildren: () => import('./messaging/messaging.routes').then((m) => m.messagingRoutes),
      },
      {
        path: 'classes',
        loadChildren: () => import('./classes/classes.routes').then((m) => m.classesRoutes),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('SCHOOL_ADMIN', 'ACADEMY_ADMIN')],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('./shell/feature-not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
