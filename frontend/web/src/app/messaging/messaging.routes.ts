import { Routes } from '@angular/router';

/** `/messaging`: the mailbox (folders, search) with the open conversation beside it, or over it on a phone. */
export const messagingRoutes: Routes = [
  {
    path: '',
    title: 'titles.messaging',
    loadComponent: () => import('./feature-mailbox/mailbox-page').then((m) => m.MailboxPage),
    children: [
      {
        path: '',
        loadComponent: () => import('./feature-mailbox/no-thread').then((m) => m.NoThread),
      },
      {
        path: 'conversations/:id',
        title: 'titles.messagingThread',
        loadComponent: () => import('./feature-thread/thread-page').then((m) => m.ThreadPage),
      },
    ],
  },
];

/** `/classes/:classId/messaging`: a class's tile opens the mailbox; its teachers moderate its pupils' messages. */
export const classMessagingRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/messaging' },
  {
    path: 'moderation',
    title: 'titles.messagingModeration',
    loadComponent: () => import('./feature-moderation/moderation-page').then((m) => m.MessagingModerationPage),
  },
];
