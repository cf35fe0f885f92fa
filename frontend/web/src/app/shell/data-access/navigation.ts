import type { MeResponse } from '@preau/contracts';

/** A live count on an entry: the caller's unread messages, or what waits in a class's messaging queue. */
export type NavBadge = { kind: 'unread' } | { kind: 'held'; classId: string };

/** One entry of the side navigation. `label` is a translation key, `params` its parameters. */
export interface NavItem {
  label: string;
  params?: Record<string, string>;
  icon: string;
  link: string;
  /** Only this exact URL marks the entry as current (the home page, a class vs its settings). */
  exact: boolean;
  badge?: NavBadge;
}

export interface NavSection {
  /** Translation key of the section heading; none for the first, unnamed section. */
  title?: string;
  items: NavItem[];
}

const home: NavItem = { label: 'nav.home', icon: 'home', link: '/', exact: true };
const myMedia: NavItem = { label: 'nav.myMedia', icon: 'photo_library', link: '/media', exact: true };
/** Everyone but academy administrators, who never read conversations (docs/product/access-rules.md). */
const messaging: NavItem = { label: 'nav.messaging', icon: 'forum', link: '/messaging', exact: false, badge: { kind: 'unread' } };

/**
 * What each role finds in the side navigation (docs/product/access-rules.md): a pupil their class, a parent each
 * child's class, a teacher each class, its settings and its messages to moderate, an administrator
 * their schools; and the messaging for all but academy administrators.
 */
export function navigationFor(me: MeResponse): NavSection[] {
  switch (me.role) {
    case 'PUPIL':
      return [
        {
          items: [
            home,
            ...me.classes.map((c) => ({ label: 'nav.myClass', params: { name: c.name }, icon: 'groups', link: `/classes/${c.id}`, exact: true })),
            messaging,
            myMedia,
          ],
        },
      ];
    case 'PARENT':
      return [
        { items: [home, messaging, myMedia] },
        {
          title: 'nav.children',
          items: me.children
            .filter((child) => child.classId !== null)
            .map((child) => ({
              label: 'nav.childClass',
              params: { child: child.displayName, className: child.className ?? '' },
              icon: 'child_care',
              link: `/classes/${child.classId}`,
              exact: true,
            })),
        },
      ];
    case 'TEACHER':
      return [
        { items: [home, messaging, myMedia] },
        {
          title: 'nav.myClasses',
          items: me.classes.flatMap((c): NavItem[] => [
            { label: 'nav.classPage', params: { name: c.name }, icon: 'groups', link: `/classes/${c.id}`, exact: true },
            { label: 'nav.classSettings', params: { name: c.name }, icon: 'tune', link: `/classes/${c.id}/settings`, exact: true },
            {
              label: 'nav.classMessagesModeration',
              params: { name: c.name },
              icon: 'fact_check',
              link: `/classes/${c.id}/messaging/moderation`,
              exact: true,
              badge: { kind: 'held', classId: c.id },
            },
          ]),
        },
      ];
    case 'SCHOOL_ADMIN':
    case 'ACADEMY_ADMIN':
      return [
        {
          items: [
            home,
            ...(me.role === 'SCHOOL_ADMIN' ? [messaging] : []),
            { label: 'nav.schools', icon: 'domain', link: '/admin/schools', exact: true },
            { label: 'admin.nav.people', icon: 'group', link: '/admin/people', exact: false },
            ...me.schools.map((s) => ({ label: 'nav.school', params: { name: s.name }, icon: 'school', link: `/admin/schools/${s.id}`, exact: false })),
          ],
        },
      ];
    default:
      return [{ items: [home] }];
  }
}
