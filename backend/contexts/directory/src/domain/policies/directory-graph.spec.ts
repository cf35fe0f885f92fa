// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY } from '@preau/contracts';
import { demoGraph, demoRows } from '../testing/demo-graph';
import { DirectoryGraph } from './directory-graph';

const g = demoGraph(DEMO_ACADEMY);
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('DirectoryGraph lookups on the demo academy', () => {
  it.each<[string, () => Iterable<string>, string[]]>([
    ['classes of a pupil', () => g.classesOfPupil('lea.ce2a'), ['ferry-ce2a']],
    ['classes a teacher teaches', () => g.classesTaughtBy('ferry.cm2.prof'), ['ferry-cm2']],
    ['classes of a director who teaches none', () => g.classesTaughtBy('ferry.direction'), []],
    ['parents of a pupil', () => g.parentsOf('tom.cm2'), ['parent.hugo']],
    ['parents of a pupil without parent account', () => g.parentsOf('ines.ce2a'), []],
    ['children of a parent', () => g.childrenOf('parent.hugo'), ['hugo.ce2a', 'tom.cm2']],
    ['classes of the children', () => g.classesOfChildren('parent.hugo'), ['ferry-ce2a', 'ferry-cm2']],
    ['staff of Jules Ferry', () => g.staffOfSchool('ferry'), ['ferry.ce2a.prof', 'ferry.cm2.prof', 'ferry.direction']],
    ['staff of Marie Curie', () => g.staffOfSchool('curie'), ['curie.ce2.prof']],
    ['teachers of Jules Ferry', () => g.teachersOfSchool('ferry'), ['ferry.ce2a.prof', 'ferry.cm2.prof']],
    ['pupils of Jules Ferry', () => g.pupilsOfSchool('ferry'), ['hugo.ce2a', 'ines.ce2a', 'lea.ce2a', 'tom.cm2']],
    ['parents of Jules Ferry', () => g.parentsOfSchool('ferry'), ['parent.hugo', 'parent.lea']],
    ['members of CE2 A', () => g.membersOf('ferry-ce2a'), ['ferry.ce2a.prof', 'hugo.ce2a', 'ines.ce2a', 'lea.ce2a']],
    ['family of CE2 A', () => g.familyOf('ferry-ce2a'), ['parent.hugo', 'parent.lea']],
    ['partners of CE2 A', () => g.partnerClassesOf('ferry-ce2a'), ['curie-ce2']],
    ['partners of Curie CE2 (unordered pair)', () => g.partnerClassesOf('curie-ce2'), ['ferry-ce2a']],
    ['partners of CM2', () => g.partnerClassesOf('ferry-cm2'), []],
    ['classes of Jules Ferry', () => g.classesOfSchool('ferry'), ['ferry-ce2a', 'ferry-cm2']],
    ['schools of the academy', () => g.schoolsOfAcademy('demo-academy'), ['curie', 'ferry']],
    ['academies of the academy admin', () => g.academiesAdministeredBy('academie.admin'), ['demo-academy']],
    ['schools directed by the director', () => g.schoolsDirectedBy('ferry.direction'), ['ferry']],
    ['schools where a teacher teaches', () => g.schoolsWhereTeaches('curie.ce2.prof'), ['curie']],
  ])('%s', (_what, lookup, expected) => {
    expect(sorted(lookup())).toEqual(sorted(expected));
  });

  it('answers school of a class and academy of a school', () => {
    expect(g.schoolOfClass('ferry-cm2')?.name).toBe('École élémentaire Jules Ferry');
    expect(g.academyOfSchool('curie')?.name).toBe('Académie de Démo');
    expect(g.schoolOfClass('nope')).toBeUndefined();
  });

  it('unknown ids answer empty, never throw', () => {
    expect(g.classesOfPupil('nobody')).toEqual([]);
    expect(g.staffOfSchool('nowhere')).toEqual([]);
    expect(g.membersOf('no-class')).toEqual([]);
  });

  it('groups are kept inside their class', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.groups = [
      { id: 'readers', classId: 'ferry-ce2a', name: 'Lecteurs', pupilIds: ['lea.ce2a', 'tom.cm2'] },
      { id: 'ghost', classId: 'no-class', name: 'Ghost', pupilIds: [] },
    ];
    const graph = DirectoryGraph.from(rows);
    expect(graph.groupsOfClass('ferry-ce2a')).toEqual(['readers']);
    // tom.cm2 is not a pupil of CE2 A: dropped from the group
    expect(graph.group('readers')?.pupilIds).toEqual(['lea.ce2a']);
    expect(graph.group('ghost')).toBeUndefined();
    expect(graph.anomalies).toEqual(['group ghost: unknown class no-class']);
  });

  it('reports rows it drops as anomalies', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.schools[0].directorIds.push('ferry.ce2a.prof'); // a TEACHER account cannot be a director
    rows.academyAdmins.push({ academyId: 'demo-academy', personId: 'ferry.direction' });
    rows.partnerships.push({ requesterClassId: 'ferry-cm2', partnerClassId: 'ferry-cm2', status: 'active' });
    const graph = DirectoryGraph.from(rows);
    expect(graph.anomalies).toHaveLength(3);
    expect(graph.schoolsDirectedBy('ferry.ce2a.prof')).toEqual([]);
    expect(graph.academiesAdministeredBy('ferry.direction')).toEqual([]);
    expect(graph.partnerClassesOf('ferry-cm2')).toEqual([]);
  });

  it('does not share state with the rows it was built from', () => {
    const rows = demoRows(DEMO_ACADEMY);
    const graph = DirectoryGraph.from(rows);
    rows.classes[0].pupilIds.push('tom.cm2');
    rows.classes[0].modules.blog = false;
    expect(graph.pupilsOf(rows.classes[0].id)).not.toContain('tom.cm2');
    expect(graph.class(rows.classes[0].id)?.modules.blog).toBe(true);
  });

  it('maps keys to other ids with idOf', () => {
    const graph = demoGraph(DEMO_ACADEMY, { idOf: (key) => `id:${key}` });
    expect(graph.membersOf('id:ferry-cm2').sort()).toEqual(['id:ferry.cm2.prof', 'id:tom.cm2']);
    expect(graph.anomalies).toEqual([]);
  });

  it('a teacher registered as staff belongs to the school before any class is theirs', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.people.push({ id: 'new.prof', role: 'TEACHER', displayName: 'Jean Neuf' });
    rows.schoolStaff = [
      { schoolId: 'ferry', personId: 'new.prof' },
      { schoolId: 'ferry', personId: 'lea.ce2a' },
      { schoolId: 'nowhere', personId: 'new.prof' },
    ];
    const graph = DirectoryGraph.from(rows);
    expect(sorted(graph.teachersOfSchool('ferry'))).toEqual(['ferry.ce2a.prof', 'ferry.cm2.prof', 'new.prof']);
    expect(graph.staffOfSchool('ferry')).toContain('new.prof');
    expect(graph.schoolsWhereTeaches('new.prof')).toEqual(['ferry']);
    expect(graph.classesTaughtBy('new.prof')).toEqual([]);
    expect(graph.registeredStaffOf('ferry')).toEqual(['new.prof']);
    expect(graph.anomalies).toEqual([
      'school staff lea.ce2a: not a TEACHER/SCHOOL_ADMIN account',
      'school staff new.prof: unknown school nowhere',
    ]);
  });
});
