import type { Role } from '../identity';
import type { ClassSettings, SchoolLevel } from '../directory';

/**
 * The demo academy of `docs/product/demo-school.md`, as data: `npm start` seeds it on an empty
 * database and the acceptance tests (API and browser) know who is who from it. It is a contract:
 * change it only together with docs/product/demo-school.md.
 */
export const DEMO_PASSWORD = 'preau-demo-2026';

export interface DemoPerson {
  login: string;
  displayName: string;
  role: Role;
}

export interface DemoClass {
  key: string;
  name: string;
  teachers: string[];
  pupils: string[];
  settings: ClassSettings;
  levels: SchoolLevel[];
}

export interface DemoSchool {
  key: string;
  name: string;
  directors: string[];
  classes: DemoClass[];
}

const held: ClassSettings = { commentModeration: 'held', holdPupilMessages: true, shareBlogWithPartners: false };
const open: ClassSettings = { commentModeration: 'immediate', holdPupilMessages: false, shareBlogWithPartners: false };

export const DEMO_ACADEMY = {
  name: 'Académie de Démo',
  academyAdmins: ['academie.admin'],
  schools: [
    {
      key: 'ferry',
      name: 'École élémentaire Jules Ferry',
      directors: ['ferry.direction'],
      classes: [
        { key: 'ferry-ce2a', name: 'CE2 A', teachers: ['ferry.ce2a.prof'], pupils: ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a'], settings: held, levels: ['CE2'] },
        { key: 'ferry-cm2', name: 'CM2', teachers: ['ferry.cm2.prof'], pupils: ['tom.cm2'], settings: open, levels: ['CM2'] },
      ],
    },
    {
      key: 'curie',
      name: 'École élémentaire Marie Curie',
      directors: [],
      classes: [{ key: 'curie-ce2', name: 'CE2', teachers: ['curie.ce2.prof'], pupils: ['nina.curie'], settings: open, levels: ['CE2'] }],
    },
  ] as DemoSchool[],
  people: [
    { login: 'academie.admin', displayName: 'Claire Fontaine', role: 'ACADEMY_ADMIN' },
    { login: 'ferry.direction', displayName: 'Marc Moreau', role: 'SCHOOL_ADMIN' },
    { login: 'ferry.ce2a.prof', displayName: 'Anne Lefèvre', role: 'TEACHER' },
    { login: 'ferry.cm2.prof', displayName: 'Paul Garnier', role: 'TEACHER' },
    { login: 'curie.ce2.prof', displayName: 'Nadia Roux', role: 'TEACHER' },
    { login: 'lea.ce2a', displayName: 'Léa Martin', role: 'PUPIL' },
    { login: 'hugo.ce2a', displayName: 'Hugo Bernard', role: 'PUPIL' },
    { login: 'ines.ce2a', displayName: 'Inès Petit', role: 'PUPIL' },
    { login: 'tom.cm2', displayName: 'Tom Bernard', role: 'PUPIL' },
    { login: 'nina.curie', displayName: 'Nina Durand', role: 'PUPIL' },
    { login: 'parent.lea', displayName: 'Sophie Martin', role: 'PARENT' },
    { login: 'parent.hugo', displayName: 'Karim Bernard', role: 'PARENT' },
    { login: 'parent.nina', displayName: 'Julie Durand', role: 'PARENT' },
  ] as DemoPerson[],
  /** [parent login, child login] */
  guardianships: [
    ['parent.lea', 'lea.ce2a'],
    ['parent.hugo', 'hugo.ce2a'],
    ['parent.hugo', 'tom.cm2'],
    ['parent.nina', 'nina.curie'],
  ] as [string, string][],
  /** [class key, class key]: both teachers agreed. */
  partnerships: [['ferry-ce2a', 'curie-ce2']] as [string, string][],
};

/**
 * Who may write to whom in the demo academy, written out by hand from docs/product/access-rules.md and docs/product/demo-school.md (never
 * computed): row = sender, column = recipient in the order of `DEMO_LOGINS`, `1` = may write. The directory's
 * policy test and the API's messaging test both check themselves against it.
 */
export const DEMO_LOGINS = [
  'academie.admin',
  'ferry.direction',
  'ferry.ce2a.prof',
  'ferry.cm2.prof',
  'curie.ce2.prof',
  'lea.ce2a',
  'hugo.ce2a',
  'ines.ce2a',
  'tom.cm2',
  'nina.curie',
  'parent.lea',
  'parent.hugo',
  'parent.nina',
] as const;
export type DemoLogin = (typeof DEMO_LOGINS)[number];

// prettier-ignore
export const DEMO_WRITES_TO: Record<DemoLogin, string> = {
  //                 adm dir ce2a cm2 cur lea hug ine tom nin pLe pHu pNi
  'academie.admin':  '.   1   1   1   1   .   .   .   .   .   .   .   .',
  'ferry.direction': '.   .   1   1   .   1   1   1   1   .   1   1   .',
  'ferry.ce2a.prof': '.   1   .   1   1   1   1   1   .   1   1   1   .',
  'ferry.cm2.prof':  '.   1   1   .   .   .   .   .   1   .   .   1   .',
  'curie.ce2.prof':  '.   .   1   .   .   1   1   1   .   1   .   .   1',
  'lea.ce2a':        '.   .   1   .   1   .   1   1   .   1   1   .   .',
  'hugo.ce2a':       '.   .   1   .   1   1   .   1   .   1   .   1   .',
  'ines.ce2a':       '.   .   1   .   1   1   1   .   .   1   .   .   .',
  'tom.cm2':         '.   .   .   1   .   .   .   .   .   .   .   1   .',
  'nina.curie':      '.   .   1   .   1   1   1   1   .   .   .   .   1',
  'parent.lea':      '.   1   1   .   .   .   .   .   .   .   .   .   .',
  'parent.hugo':     '.   1   1   1   .   .   .   .   .   .   .   .   .',
  'parent.nina':     '.   .   .   .   1   .   .   .   .   .   .   .   .',
};

/** Every [sender, recipient, may write] of the demo academy (a person never writes to themselves). */
export function demoWritingPairs(): (readonly [DemoLogin, DemoLogin, boolean])[] {
  return DEMO_LOGINS.flatMap((sender) => {
    const cells = DEMO_WRITES_TO[sender].split(/\s+/);
    if (cells.length !== DEMO_LOGINS.length) throw new Error(`DEMO_WRITES_TO row ${sender} has ${cells.length} cells`);
    return DEMO_LOGINS.map((recipient, i) => [sender, recipient, cells[i] === '1'] as const);
  });
}
