import { DEMO_ACADEMY, ProvisionStructureCommand, type StructureToProvision } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { DirectoryGraph, type DirectoryGraphRows } from '../../../domain';
import { SchoolYear } from '../../../domain/school-year/school-year';
import { DEMO_ACADEMY_ID, demoRows } from '../../../domain/testing/demo-graph';
import { InMemoryAcademyRepository } from '../../../testing/in-memory-academy.repository';
import { InMemoryEnrolmentRepository } from '../../../testing/in-memory-enrolment.repository';
import { InMemoryPartnershipRepository } from '../../../testing/in-memory-partnership.repository';
import { InMemoryPeopleRepository } from '../../../testing/in-memory-people.repository';
import { InMemoryClassRepository } from '../../../testing/in-memory-school-class.repository';
import { InMemorySchoolYearRepository } from '../../../testing/in-memory-school-year.repository';
import { InMemorySchoolRepository } from '../../../testing/in-memory-school.repository';
import { ProvisionStructureHandler } from './provision-structure.handler';

const YEAR = { id: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-08-31' };

/** The demo academy (docs/product/demo-school.md) as the seed sends it, ids being the logins and the keys. */
function demoStructure(schoolYear = YEAR): StructureToProvision {
  return {
    academy: { id: DEMO_ACADEMY_ID, name: DEMO_ACADEMY.name },
    schoolYear,
    people: DEMO_ACADEMY.people.map((p) => ({ id: p.login, displayName: p.displayName, role: p.role })),
    academyAdminIds: [...DEMO_ACADEMY.academyAdmins],
    schools: DEMO_ACADEMY.schools.map((s) => ({
      id: s.key,
      name: s.name,
      directorIds: [...s.directors],
      classes: s.classes.map((c) => ({
        id: c.key,
        name: c.name,
        teacherIds: [...c.teachers],
        pupilIds: [...c.pupils],
        settings: { ...c.settings },
        levels: [...c.levels],
      })),
    })),
    guardianships: DEMO_ACADEMY.guardianships.map(([parentId, pupilId]) => ({ parentId, pupilId })),
    partnerships: DEMO_ACADEMY.partnerships.map(([classId, partnerClassId]) => ({ classId, partnerClassId })),
  };
}

function setup() {
  const academies = new InMemoryAcademyRepository();
  const years = new InMemorySchoolYearRepository();
  const enrolments = new InMemoryEnrolmentRepository();
  const empty: DirectoryGraphRows = {
    people: [],
    academies: [],
    academyAdmins: [],
    schools: [],
    classes: [],
    guardianships: [],
    partnerships: [],
  };
  const people = new InMemoryPeopleRepository(empty, enrolments);
  const schools = new InMemorySchoolRepository();
  const classes = new InMemoryClassRepository();
  const partnerships = new InMemoryPartnershipRepository();
  const clock = new FixedClock();
  const handler = new ProvisionStructureHandler(academies, years, people, schools, classes, partnerships, clock);
  const provision = (structure = demoStructure()) => handler.execute(new ProvisionStructureCommand(structure));
  /** The graph's rows as the repositories hold them (what the SQL read model reads once flushed). */
  const rows = (): DirectoryGraphRows => ({
    people: [...people.people.values()].map((p) => ({ id: p.id, role: p.role, displayName: p.displayName })),
    academies: [...academies.items.values()].map((a) => ({ id: a.id, name: a.name })),
    academyAdmins: [...academies.items.values()].flatMap((a) =>
      a.adminIds.map((personId) => ({ academyId: a.id, personId })),
    ),
    schools: [...schools.items.values()].map((s) => ({
      id: s.id,
      academyId: s.academyId,
      name: s.name,
      directorIds: [...s.directorIds],
      switches: { ...s.switches },
    })),
    classes: [...classes.items.values()].map((c) => ({
      id: c.id,
      schoolId: c.schoolId,
      name: c.name,
      modules: { ...c.modules },
      settings: { ...c.settings },
      teacherIds: [...c.teacherIds],
      pupilIds: enrolments.pupilsOf(c.id),
    })),
    guardianships: [...people.guardianships.values()].map((g) => ({ parentId: g.parentId, pupilId: g.pupilId })),
    partnerships: [...partnerships.items.values()].map((p) => ({
      requesterClassId: p.requesterClassId,
      partnerClassId: p.partnerClassId,
      status: p.status,
    })),
    groups: [],
  });
  const everything = () =>
    JSON.stringify({
      academies: [...academies.items.values()],
      years: [...years.items.values()],
      people: [...people.people.values()],
      guardianships: [...people.guardianships.values()],
      enrolments: enrolments.items,
      schools: [...schools.items.values()],
      classes: [...classes.items.values()],
      partnerships: [...partnerships.items.values()],
    });
  return { academies, years, people, schools, classes, partnerships, enrolments, clock, provision, rows, everything };
}

describe('ProvisionStructureHandler', () => {
  it('builds the demo academy through the aggregates: the graph is the one docs/product/demo-school.md describes', async () => {
    const d = setup();
    await d.provision();

    expect(d.rows()).toEqual(demoRows(DEMO_ACADEMY));
    const graph = DirectoryGraph.from(d.rows());
    expect(graph.academiesAdministeredBy('academie.admin')).toEqual([DEMO_ACADEMY_ID]);
    expect(graph.schoolsDirectedBy('ferry.direction')).toEqual(['ferry']);
    expect(graph.teachersOf('ferry-ce2a')).toEqual(['ferry.ce2a.prof']);
    expect(graph.pupilsOf('ferry-ce2a')).toEqual(['lea.ce2a', 'hugo.ce2a', 'ines.ce2a']);
    expect(graph.parentsOf('lea.ce2a')).toEqual(['parent.lea']);
    expect(graph.arePartners('ferry-ce2a', 'curie-ce2')).toBe(true);
    expect(graph.arePartners('ferry-ce2a', 'ferry-cm2')).toBe(false);
  });

  it('registers people with their names split from the display name, classes with levels and all modules on', async () => {
    const d = setup();
    await d.provision();

    const lea = d.people.people.get('lea.ce2a');
    expect(lea).toMatchObject({ role: 'PUPIL', displayName: 'Léa Martin', firstName: 'Léa', lastName: 'Martin' });
    const ce2a = await d.classes.byId('ferry-ce2a');
    expect(ce2a).toMatchObject({ schoolId: 'ferry', schoolYearId: '2026-2027', name: 'CE2 A', levels: ['CE2'] });
    expect(ce2a?.settings).toEqual({
      commentModeration: 'held',
      holdPupilMessages: true,
      shareBlogWithPartners: false,
    });
    expect(Object.values(ce2a?.modules ?? {}).every((on) => on)).toBe(true);
    expect(await d.schools.byId('curie')).toMatchObject({ academyId: DEMO_ACADEMY_ID, uai: null, directorIds: [] });
  });

  it('opens the year as the current one, and accepts the partnerships at the clock time, asked by the academy admin', async () => {
    const d = setup();
    await d.provision();

    expect(await d.years.current()).toEqual(new SchoolYear('2026-2027', '2026-09-01', '2027-08-31', true));
    const [partnership] = [...d.partnerships.items.values()];
    expect(partnership).toMatchObject({
      requesterClassId: 'ferry-ce2a',
      partnerClassId: 'curie-ce2',
      requestedBy: 'academie.admin',
      status: 'active',
      createdAt: d.clock.now(),
      acceptedAt: d.clock.now(),
    });
  });

  it('is idempotent: provisioning the same structure again (a restart) changes nothing and does not fail', async () => {
    const d = setup();
    await d.provision();
    const before = d.everything();

    d.clock.advance(60_000);
    await d.provision();

    expect(d.everything()).toEqual(before);
  });

  it('adds only what is missing to an existing structure, and moves a pupil to the class the structure gives', async () => {
    const d = setup();
    await d.provision();
    const structure = demoStructure();
    structure.academyAdminIds.push('ferry.direction');
    const [ferry] = structure.schools;
    ferry.classes[0].teacherIds.push('ferry.cm2.prof');
    ferry.classes[0].pupilIds = ['lea.ce2a', 'hugo.ce2a'];
    ferry.classes[1].pupilIds = ['tom.cm2', 'ines.ce2a'];

    await d.provision(structure);

    expect((await d.academies.byId(DEMO_ACADEMY_ID))?.adminIds).toEqual(['academie.admin', 'ferry.direction']);
    expect((await d.classes.byId('ferry-ce2a'))?.teacherIds).toEqual(['ferry.ce2a.prof', 'ferry.cm2.prof']);
    expect(d.enrolments.pupilsOf('ferry-cm2').sort()).toEqual(['ines.ce2a', 'tom.cm2']);
    expect(d.enrolments.items).toHaveLength(5);
    expect(d.partnerships.items.size).toBe(1);
  });

  it('makes a new year current and un-marks the one that was (OneCurrentYear)', async () => {
    const d = setup();
    await d.provision();

    await d.provision({
      ...demoStructure(),
      schools: [],
      schoolYear: { id: '2027-2028', startsOn: '2027-09-01', endsOn: '2028-08-31' },
    });

    expect((await d.years.current())?.id).toBe('2027-2028');
    expect((await d.years.byId('2026-2027'))?.current).toBe(false);
  });

  it('refuses a class without levels, as the class aggregate does (AClassHasOneOrTwoLevels)', async () => {
    const d = setup();
    const structure = demoStructure();
    structure.schools[0].classes[0].levels = undefined;

    await expect(d.provision(structure)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
