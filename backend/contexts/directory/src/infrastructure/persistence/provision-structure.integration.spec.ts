import { randomUUID } from 'node:crypto';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DEMO_ACADEMY, ProvisionStructureCommand, type StructureToProvision } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { migrate, ormOptions, sqlIn } from '@preau/platform';
import { createTestDatabase } from '@preau/testing';
import { ProvisionStructureHandler } from '../../application/commands/provision-structure/provision-structure.handler';
import { DirectoryIsEmptyHandler } from '../../application/queries/directory-is-empty/directory-is-empty.handler';
import { AcademyAdminSchema, AcademySchema } from './academy.schema';
import { EnrolmentSchema } from './enrolment.schema';
import { DIRECTORY_MIGRATIONS } from './migrations';
import { MikroOrmAcademyRepository } from './mikro-orm-academy.repository';
import { MikroOrmPartnershipRepository } from './mikro-orm-partnership.repository';
import { MikroOrmPeopleRepository } from './mikro-orm-people.repository';
import { MikroOrmClassRepository } from './mikro-orm-school-class.repository';
import { MikroOrmSchoolYearRepository } from './mikro-orm-school-year.repository';
import { MikroOrmSchoolRepository } from './mikro-orm-school.repository';
import { PartnershipSchema } from './partnership.schema';
import { PEOPLE_SCHEMAS } from './person.schema';
import { ClassTeacherSchema, SchoolClassSchema } from './school-class.schema';
import { SchoolYearSchema } from './school-year.schema';
import { SchoolDirectorSchema, SchoolSchema } from './school.schema';
import { SqlDirectoryGraphReadModel } from './sql-directory-graph.read-model';

// A database to create and migrate, and a machine shared with other test runs: more than jest's 5 s default.
jest.setTimeout(60_000);

/** The demo academy (docs/product/demo-school.md) with uuids, as the seed sends it. */
const ids = new Map<string, string>();
const idOf = (key: string): string => {
  const known = ids.get(key);
  if (known) return known;
  const id = randomUUID();
  ids.set(key, id);
  return id;
};
const structure = (
  schoolYear = { id: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-08-31' },
): StructureToProvision => ({
  academy: { id: idOf('academy'), name: DEMO_ACADEMY.name },
  schoolYear,
  people: DEMO_ACADEMY.people.map((p) => ({ id: idOf(p.login), displayName: p.displayName, role: p.role })),
  academyAdminIds: DEMO_ACADEMY.academyAdmins.map(idOf),
  schools: DEMO_ACADEMY.schools.map((s) => ({
    id: idOf(s.key),
    name: s.name,
    directorIds: s.directors.map(idOf),
    classes: s.classes.map((c) => ({
      id: idOf(c.key),
      name: c.name,
      teacherIds: c.teachers.map(idOf),
      pupilIds: c.pupils.map(idOf),
      settings: c.settings,
      levels: c.levels,
    })),
  })),
  guardianships: DEMO_ACADEMY.guardianships.map(([parent, pupil]) => ({
    parentId: idOf(parent),
    pupilId: idOf(pupil),
  })),
  partnerships: DEMO_ACADEMY.partnerships.map(([a, b]) => ({ classId: idOf(a), partnerClassId: idOf(b) })),
});

const TABLES = [
  'academy',
  'academy_admin',
  'school_year',
  'person',
  'school',
  'school_director',
  'class',
  'class_teacher',
  'enrolment',
  'guardianship',
  'partnership',
];

describe('provisioning a structure through the real repositories (PostgreSQL, the directory migrations)', () => {
  let orm: MikroORM;

  /** One unit of work, as the bus runs a command: a transaction, one flush at the end. */
  const unitOfWork = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
  const provision = (s = structure()) =>
    unitOfWork((em) =>
      new ProvisionStructureHandler(
        new MikroOrmAcademyRepository(em),
        new MikroOrmSchoolYearRepository(em),
        new MikroOrmPeopleRepository(em),
        new MikroOrmSchoolRepository(em),
        new MikroOrmClassRepository(em),
        new MikroOrmPartnershipRepository(em),
        new FixedClock(),
      ).execute(new ProvisionStructureCommand(s)),
    );
  const isEmpty = () => new DirectoryIsEmptyHandler(new MikroOrmAcademyRepository(orm.em.fork())).execute();
  /** Every row of the structure's tables, to compare before and after. */
  const dump = async () => {
    const sql = sqlIn(orm.em.fork());
    const out: Record<string, unknown[]> = {};
    for (const table of TABLES) out[table] = await sql(`select * from directory.${table} order by 1, 2`);
    return out;
  };

  beforeAll(async () => {
    const url = await createTestDatabase('directory_provision');
    await migrate(url, [...DIRECTORY_MIGRATIONS]);
    orm = await MikroORM.init(
      ormOptions(url, {
        entities: [
          ...PEOPLE_SCHEMAS,
          EnrolmentSchema,
          SchoolClassSchema,
          ClassTeacherSchema,
          SchoolSchema,
          SchoolDirectorSchema,
          PartnershipSchema,
          AcademySchema,
          AcademyAdminSchema,
          SchoolYearSchema,
        ],
        pool: { min: 0, max: 2 },
      }),
    );
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  it('writes the demo academy in one unit of work; the graph read model answers as demo-school.md says', async () => {
    expect(await isEmpty()).toBe(true);

    await provision();

    expect(await isEmpty()).toBe(false);
    const graph = await new SqlDirectoryGraphReadModel(orm.em.fork()).around({
      personIds: [idOf('academie.admin'), idOf('ferry.direction'), idOf('parent.lea')],
      classIds: [idOf('ferry-ce2a'), idOf('curie-ce2')],
    });
    expect(graph.academiesAdministeredBy(idOf('academie.admin'))).toEqual([idOf('academy')]);
    expect(graph.schoolsDirectedBy(idOf('ferry.direction'))).toEqual([idOf('ferry')]);
    expect(graph.teachersOf(idOf('ferry-ce2a'))).toEqual([idOf('ferry.ce2a.prof')]);
    expect([...graph.pupilsOf(idOf('ferry-ce2a'))].sort()).toEqual(
      ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a'].map(idOf).sort(),
    );
    expect(graph.childrenOf(idOf('parent.lea'))).toEqual([idOf('lea.ce2a')]);
    expect(graph.arePartners(idOf('ferry-ce2a'), idOf('curie-ce2'))).toBe(true);
    const [person] = await sqlIn(orm.em.fork())<{ display_name: string; first_name: string; last_name: string }>(
      'select display_name, first_name, last_name from directory.person where id = ?',
      [idOf('lea.ce2a')],
    );
    expect(person).toEqual({ display_name: 'Léa Martin', first_name: 'Léa', last_name: 'Martin' });
  });

  it('changes nothing when the same structure is provisioned again (a restart), and does not fail', async () => {
    const before = await dump();

    await provision();

    expect(await dump()).toEqual(before);
  });

  it('makes a new year current and un-marks the previous one in the same unit of work', async () => {
    await provision({ ...structure({ id: '2027-2028', startsOn: '2027-09-01', endsOn: '2028-08-31' }), schools: [] });

    const years = await sqlIn(orm.em.fork())<{ id: string; current: boolean }>(
      'select id, current from directory.school_year order by id',
    );
    expect(years).toEqual([
      { id: '2026-2027', current: false },
      { id: '2027-2028', current: true },
    ]);
  });
});
