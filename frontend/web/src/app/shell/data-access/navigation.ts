import type { MeResponse } from '@preau/contracts';

/** One entry of the side navigation. `label` is a translation key, `params` its parameters. */
export interface NavItem {
  label: string;
  params?: Record<string, string>;
  icon: string;
  link: string;
  /** Only this exact URL marks the entry as current (the home page, a class vs its settings). */
  exact: boolean;
}

export interface NavSection {
  /** Translation key of the section heading; none for the first, unnamed section. */
  title?: string;
  items: NavItem[];
}

const home: NavItem = { label: 'nav.home', icon: 'home', link: '/', exact: true };
const myMedia: NavItem = { label: 'nav.myMedia', icon: 'photo_library', link: '/media', exact: true };

/**
 * What each role finds in the side navigation (access-rules.md): a pupil their class, a parent each
 * child's class, a teacher each class and its settings, an administrator their schools.
 */
export function navigationFor(me: MeResponse): NavSection[] {
  switch (me.role) {
    case 'PUPIL':
      return [
        {
          items: [
            home,
            ...me.classes.map((c) => ({ label: 'nav.myClass', params: { name: c.name }, icon: 'groups', link: `/classes/${c.id}`, exact: true })),
            myMedia,
          ],
        },
      ];
    case 'PARENT':
      return [
        { items: [home, myMedia] },
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
        { items: [home, myMedia] },
        {
          title: 'nav.myClasses',
          items: me.classes.flatMap((c) => [
            { label: 'nav.classPage', params: { name: c.name }, icon: 'groups', link: `/classes/${c.id}`, exact: true },
            { label: 'nav.classSettings', params: { name: c.name }, icon: 'tune', link: `/classes/${c.id}/settings`, exact: true },
          ]),
        },
      ];
    case 'SCHOOL_ADMIN':
    case 'ACADEMY_ADMIN':
      return [
        {
          items: [
            home,
            { label: 'nav.schools', icon: 'domain', link: '/admin/schools', exact: true },
            ...me.schools.map((s) => ({ label: 'nav.school', params: { name: s.name }, icon: 'school', link: `/admin/schools/${s.id}`, exact: false })),
          ],
        },
      ];
    default:
      return [{ items: [home] }];
  }
}
