import type { Id } from '@preau/kernel';
import type { ClassSettings, DemoPerson, DemoSchool, ModuleName } from '@preau/contracts';
import { DirectoryGraph, type DirectoryGraphRows } from '../policies/directory-graph';

/**
 * The demo academy (docs/product/demo-school.md) as a DirectoryGraph, for tests. The domain may not run contracts
 * code, so the caller passes `DEMO_ACADEMY` in: `demoGraph(DEMO_ACADEMY)`.
 * Ids are the logins, the class keys and the school keys unless `idOf` maps them (e.g. to the uuids
 * an API test got from the seeded database).
 */
export interface DemoAcademyData {
  name: string;
  academyAdmins: string[];
  schools: DemoSchool[];
  people: DemoPerson[];
  guardianships: [string, string][];
  partnerships: [string, string][];
}

export interface DemoGraphOptions {
  idOf?: (key: string) => Id;
}

export const DEMO_ACADEMY_ID = 'demo-academy';
const ALL_ON: Record<ModuleName, boolean> = {
  blog: true,
  messaging: true,
  media: true,
  homework: true,
  liaison: true,
  calendar: true,
};

/** The rows, mutable: tweak them (switch a module off, share a blog...) then `DirectoryGraph.from(rows)`. */
export function demoRows(academy: DemoAcademyData, options: DemoGraphOptions = {}): DirectoryGraphRows {
  const idOf = options.idOf ?? ((key: string) => key);
  const academyId = idOf(DEMO_ACADEMY_ID);
  return {
    people: academy.people.map((p) => ({ id: idOf(p.login), role: p.role, displayName: p.displayName })),
    academies: [{ id: academyId, name: academy.name }],
    academyAdmins: academy.academyAdmins.map((login) => ({ academyId, personId: idOf(login) })),
    schools: academy.schools.map((s) => ({
      id: idOf(s.key),
      academyId,
      name: s.name,
      directorIds: s.directors.map(idOf),
      switches: {},
    })),
    classes: academy.schools.flatMap((s) =>
      s.classes.map((c) => ({
        id: idOf(c.key),
        schoolId: idOf(s.key),
        name: c.name,
        modules: { ...ALL_ON },
        settings: { ...c.settings } as ClassSettings,
        teacherIds: c.teachers.map(idOf),
        pupilIds: c.pupils.map(idOf),
      })),
    ),
    guardianships: academy.guardianships.map(([parent, pupil]) => ({ parentId: idOf(parent), pupilId: idOf(pupil) })),
    partnerships: academy.partnerships.map(([a, b]) => ({
      requesterClassId: idOf(a),
      partnerClassId: idOf(b),
      status: 'active' as const,
    })),
    groups: [],
  };
}

export function demoGraph(academy: DemoAcademyData, options: DemoGraphOptions = {}): DirectoryGraph {
  return DirectoryGraph.from(demoRows(academy, options));
}
