import { DEMO_ACADEMY } from '@preau/contracts';
import type { DirectoryGraphRows } from '../domain';
import { Partnership } from '../domain/partnership/partnership';
import { PupilGroup } from '../domain/pupil-group/pupil-group';
import { Enrolment } from '../domain/enrolment/enrolment';
import { School } from '../domain/school/school';
import { SchoolClass } from '../domain/school-class/school-class';
import { demoRows } from '../domain/testing/demo-graph';
import { InMemoryDirectoryGraphReadModel } from './in-memory-directory-graph.read-model';
import { InMemoryEnrolmentRepository } from './in-memory-enrolment.repository';
import { InMemoryPartnershipRepository } from './in-memory-partnership.repository';
import { InMemoryPeopleRepository } from './in-memory-people.repository';
import { InMemoryGroupRepository } from './in-memory-pupil-group.repository';
import { InMemoryRosterReadModel } from './in-memory-roster.read-model';
import { InMemoryClassRepository } from './in-memory-school-class.repository';
import { InMemorySchoolRepository } from './in-memory-school.repository';
import { InMemorySchoolYearsReadModel } from './in-memory-school-years.read-model';

const SEEDED_AT = new Date('2026-09-01T08:00:00Z');

/** The demo classes' levels (docs/product/demo-school.md), by class key. */
const DEMO_LEVELS: Record<string, SchoolClass['levels']> = Object.fromEntries(
  DEMO_ACADEMY.schools.flatMap((s) => s.classes.map((c) => [c.key, c.levels])),
);

/**
 * The demo academy (docs/product/demo-school.md) in memory, ids being the logins and the class and school keys
 * (`ferry-ce2a`, `ferry.ce2a.prof`): the repositories hold its aggregates, the read model lays their state over
 * the rows. `tweak` edits the rows first (switch a module off, add a person...).
 */
export function demoDirectory(tweak: (rows: DirectoryGraphRows) => void = () => undefined) {
  const rows = demoRows(DEMO_ACADEMY);
  tweak(rows);
  const classes = new InMemoryClassRepository(
    rows.classes.map((c) => {
      const klass = new SchoolClass(c.id, c.schoolId, '2026-2027', c.name, { ...c.modules }, { ...c.settings }, DEMO_LEVELS[c.id] ?? []);
      klass.teacherIds = [...c.teacherIds];
      return klass;
    }),
  );
  const schools = new InMemorySchoolRepository(
    rows.schools.map((s) => {
      const school = new School(s.id, s.academyId, s.name, { ...s.switches });
      school.directorIds = [...s.directorIds];
      return school;
    }),
  );
  const enrolments = new InMemoryEnrolmentRepository(
    rows.classes.flatMap((c) => c.pupilIds.map((p) => new Enrolment(p, '2026-2027', c.id))),
  );
  const schoolYears = new InMemorySchoolYearsReadModel();
  const partnerships = new InMemoryPartnershipRepository(
    rows.partnerships.map(
      (p) =>
        new Partnership(
          `${p.requesterClassId}+${p.partnerClassId}`,
          p.requesterClassId,
          p.partnerClassId,
          'seed',
          p.status,
          SEEDED_AT,
          p.status === 'active' ? SEEDED_AT : null,
        ),
    ),
  );
  const groups = new InMemoryGroupRepository();
  const people = new InMemoryPeopleRepository(rows, enrolments);
  const graphs = new InMemoryDirectoryGraphReadModel(rows, { classes, schools, partnerships, groups, enrolments, people });
  const rosters = new InMemoryRosterReadModel(people, classes, enrolments);
  return { rows, graphs, classes, schools, partnerships, groups, enrolments, schoolYears, people, rosters };
}

export type DemoDirectory = ReturnType<typeof demoDirectory>;

/** A group of CE2 A ("Lecteurs", id `readers`) holding Léa: what the group specs start from. */
export function addReadersGroup(directory: ReturnType<typeof demoDirectory>): void {
  directory.groups.add(
    PupilGroup.create({
      id: 'readers',
      classId: 'ferry-ce2a',
      name: 'Lecteurs',
      pupilIds: ['lea.ce2a'],
      pupilsOfClass: ['lea.ce2a'],
    }),
  );
}
