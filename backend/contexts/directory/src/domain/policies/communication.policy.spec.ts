// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY, DEMO_LOGINS, demoWritingPairs } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { demoGraph, demoRows } from '../testing/demo-graph';
import {
  allowedRecipients,
  checkRecipients,
  explainRefusal,
  grantsFor,
  isBroadcast,
  mayWrite,
  type CommunicationGrant,
  type CommunicationRefusal,
} from './communication.policy';
import { DirectoryGraph } from './directory-graph';

const graph = demoGraph(DEMO_ACADEMY);

const PEOPLE = DEMO_LOGINS;
const PAIRS = demoWritingPairs();

describe('communication policy on the demo academy', () => {
  it('the demo graph is built without anomalies', () => {
    expect(graph.anomalies).toEqual([]);
    expect(graph.people()).toHaveLength(13);
  });

  it.each(PAIRS)('%s → %s: %s', (sender, recipient, expected) => {
    expect(mayWrite(graph, sender, recipient)).toBe(expected);
    expect(allowedRecipients(graph, sender).has(recipient)).toBe(expected);
    expect(explainRefusal(graph, sender, recipient) === null).toBe(expected);
    expect(grantsFor(graph, sender, recipient).length > 0).toBe(expected);
  });

  it.each(PEOPLE.map((p) => [p]))('%s has exactly the recipients of its matrix row', (sender) => {
    const expected = PAIRS.filter(([s, , ok]) => s === sender && ok).map(([, r]) => r);
    expect([...allowedRecipients(graph, sender)].sort()).toEqual([...expected].sort());
  });

  it.each(PEOPLE.map((p) => [p]))('%s never writes to themselves (NeverWriteToOneself)', (person) => {
    expect(mayWrite(graph, person, person)).toBe(false);
    expect(explainRefusal(graph, person, person)).toBe('NeverWriteToOneself');
  });

  describe('consequences listed in docs/product/demo-school.md', () => {
    it.each([
      ['lea.ce2a', 'hugo.ce2a', true],
      ['lea.ce2a', 'ferry.ce2a.prof', true],
      ['lea.ce2a', 'nina.curie', true],
      ['lea.ce2a', 'curie.ce2.prof', true],
      ['lea.ce2a', 'parent.lea', true],
      ['lea.ce2a', 'tom.cm2', false],
      ['lea.ce2a', 'parent.hugo', false],
      ['lea.ce2a', 'ferry.cm2.prof', false],
      ['lea.ce2a', 'academie.admin', false],
      ['parent.lea', 'ferry.ce2a.prof', true],
      ['parent.lea', 'ferry.direction', true],
      ['parent.lea', 'hugo.ce2a', false],
      ['parent.lea', 'parent.hugo', false],
      ['parent.lea', 'tom.cm2', false],
    ] as const)('%s → %s: %s', (sender, recipient, expected) => {
      expect(mayWrite(graph, sender, recipient)).toBe(expected);
    });
  });

  describe('rules by name', () => {
    it.each<[string, string, CommunicationGrant]>([
      ['lea.ce2a', 'hugo.ce2a', 'PupilWritesToOwnClass'],
      ['lea.ce2a', 'ferry.ce2a.prof', 'PupilWritesToOwnClass'],
      ['lea.ce2a', 'nina.curie', 'PupilWritesToPartnerClasses'],
      ['nina.curie', 'ferry.ce2a.prof', 'PupilWritesToPartnerClasses'],
      ['lea.ce2a', 'parent.lea', 'PupilWritesToOwnParents'],
      ['parent.hugo', 'ferry.cm2.prof', 'ParentWritesToChildrensTeachers'],
      ['parent.lea', 'ferry.direction', 'ParentWritesToChildrensDirectors'],
      ['ferry.cm2.prof', 'ferry.ce2a.prof', 'TeacherWritesToSchoolStaff'],
      ['ferry.cm2.prof', 'ferry.direction', 'TeacherWritesToSchoolStaff'],
      ['ferry.ce2a.prof', 'ines.ce2a', 'TeacherWritesToOwnClass'],
      ['ferry.ce2a.prof', 'parent.lea', 'TeacherWritesToClassFamilies'],
      ['ferry.cm2.prof', 'parent.hugo', 'TeacherWritesToClassFamilies'],
      ['ferry.ce2a.prof', 'curie.ce2.prof', 'TeacherWritesToPartnerClasses'],
      ['curie.ce2.prof', 'lea.ce2a', 'TeacherWritesToPartnerClasses'],
      ['ferry.direction', 'tom.cm2', 'SchoolAdminWritesToWholeSchool'],
      ['ferry.direction', 'parent.hugo', 'SchoolAdminWritesToWholeSchool'],
      ['academie.admin', 'ferry.direction', 'AcademyAdminWritesToSchoolStaff'],
      ['academie.admin', 'curie.ce2.prof', 'AcademyAdminWritesToSchoolStaff'],
    ])('%s → %s is granted by %s', (sender, recipient, grant) => {
      expect(grantsFor(graph, sender, recipient)).toContain(grant);
    });

    it.each<[string, string, CommunicationRefusal]>([
      ['lea.ce2a', 'parent.hugo', 'PupilNeverReachesOtherParents'],
      ['nina.curie', 'parent.lea', 'PupilNeverReachesOtherParents'],
      ['lea.ce2a', 'tom.cm2', 'PupilNeverReachesOtherClasses'],
      ['tom.cm2', 'nina.curie', 'PupilNeverReachesOtherClasses'],
      ['lea.ce2a', 'ferry.direction', 'NoRuleAllowsIt'],
      ['parent.lea', 'lea.ce2a', 'NoRuleAllowsIt'],
      ['curie.ce2.prof', 'parent.lea', 'NoRuleAllowsIt'],
      ['ferry.direction', 'academie.admin', 'NoRuleAllowsIt'],
      ['ferry.direction', 'nina.curie', 'NoRuleAllowsIt'],
      ['academie.admin', 'lea.ce2a', 'NoRuleAllowsIt'],
      ['lea.ce2a', 'nobody', 'RecipientUnknown'],
      ['nobody', 'lea.ce2a', 'SenderUnknown'],
    ])('%s → %s is refused by %s', (sender, recipient, refusal) => {
      expect(explainRefusal(graph, sender, recipient)).toBe(refusal);
      expect(mayWrite(graph, sender, recipient)).toBe(false);
    });
  });

  describe('broadcast', () => {
    it.each<[string, string[], boolean]>([
      // all the families of CE2 A: parents may not write to each other
      ['ferry.ce2a.prof', ['parent.lea', 'parent.hugo'], true],
      // pupils of the same class write to each other: a group conversation
      ['ferry.ce2a.prof', ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a'], false],
      // partner classes write to each other
      ['ferry.ce2a.prof', ['lea.ce2a', 'nina.curie', 'curie.ce2.prof'], false],
      // a pupil may write to their parent, not the other way round: kept apart
      ['ferry.ce2a.prof', ['lea.ce2a', 'parent.lea'], true],
      // the staff of a school write to each other
      ['ferry.direction', ['ferry.ce2a.prof', 'ferry.cm2.prof'], false],
      // teachers of two schools that are not partners
      ['academie.admin', ['ferry.cm2.prof', 'curie.ce2.prof'], true],
      // one recipient is never a broadcast; duplicates and the sender are not counted
      ['ferry.ce2a.prof', ['parent.lea'], false],
      ['ferry.ce2a.prof', ['parent.lea', 'parent.lea', 'ferry.ce2a.prof'], false],
    ])('%s → %j: broadcast %s', (sender, recipients, expected) => {
      expect(isBroadcast(graph, sender, recipients)).toBe(expected);
    });
  });

  describe('checkRecipients', () => {
    it('accepts allowed recipients', () => {
      expect(() => checkRecipients(graph, 'lea.ce2a', ['hugo.ce2a', 'parent.lea'])).not.toThrow();
    });

    it('refuses with RECIPIENT_NOT_ALLOWED, listing every refused recipient and why', () => {
      let error: unknown;
      try {
        checkRecipients(graph, 'lea.ce2a', ['hugo.ce2a', 'tom.cm2', 'parent.hugo', 'lea.ce2a']);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      const { code, details } = error as DomainError;
      expect(code).toBe('RECIPIENT_NOT_ALLOWED');
      expect(details['rule']).toBe('RecipientsMustBeAllowed');
      expect(details['refused']).toEqual(['tom.cm2', 'parent.hugo', 'lea.ce2a']);
      expect(details['reasons']).toEqual({
        'tom.cm2': 'PupilNeverReachesOtherClasses',
        'parent.hugo': 'PupilNeverReachesOtherParents',
        'lea.ce2a': 'NeverWriteToOneself',
      });
    });
  });
});

describe('communication policy beyond the demo', () => {
  it('a pending partnership grants nothing', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.partnerships = [{ requesterClassId: 'ferry-ce2a', partnerClassId: 'curie-ce2', status: 'pending' }];
    const g = DirectoryGraph.from(rows);
    expect(mayWrite(g, 'lea.ce2a', 'nina.curie')).toBe(false);
    expect(mayWrite(g, 'ferry.ce2a.prof', 'curie.ce2.prof')).toBe(false);
    expect(mayWrite(g, 'nina.curie', 'ferry.ce2a.prof')).toBe(false);
  });

  it('a partnership between two classes of the same school opens them to each other', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.partnerships.push({ requesterClassId: 'ferry-cm2', partnerClassId: 'ferry-ce2a', status: 'active' });
    const g = DirectoryGraph.from(rows);
    expect(grantsFor(g, 'tom.cm2', 'lea.ce2a')).toEqual(['PupilWritesToPartnerClasses']);
    expect(mayWrite(g, 'tom.cm2', 'parent.lea')).toBe(false);
    // partnerships are not transitive: CM2 ↔ CE2 A ↔ Curie CE2 does not join CM2 and Curie CE2
    expect(mayWrite(g, 'tom.cm2', 'nina.curie')).toBe(false);
  });

  it('a director who also teaches a class writes to its partner classes as its teacher', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.classes.find((c) => c.id === 'ferry-ce2a')?.teacherIds.push('ferry.direction');
    const g = DirectoryGraph.from(rows);
    expect(grantsFor(g, 'ferry.direction', 'nina.curie')).toEqual(['TeacherWritesToPartnerClasses']);
    expect(mayWrite(g, 'lea.ce2a', 'ferry.direction')).toBe(true);
  });

  it('a position held by an account of the wrong role is dropped, not turned into access', () => {
    const rows = demoRows(DEMO_ACADEMY);
    // a parent account wrongly listed as a pupil of CM2 must not reach tom.cm2 as a classmate
    rows.classes.find((c) => c.id === 'ferry-cm2')?.pupilIds.push('parent.lea');
    rows.guardianships.push({ parentId: 'lea.ce2a', pupilId: 'tom.cm2' });
    const g = DirectoryGraph.from(rows);
    expect(g.anomalies).toHaveLength(2);
    expect(mayWrite(g, 'parent.lea', 'tom.cm2')).toBe(false);
    expect(mayWrite(g, 'tom.cm2', 'lea.ce2a')).toBe(false);
  });

  it('a school admin of a school without classes reaches nobody', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.people.push({ id: 'curie.direction', role: 'SCHOOL_ADMIN', displayName: 'X' });
    rows.schools.push({ id: 'empty', academyId: 'demo-academy', name: 'Empty', directorIds: ['curie.direction'], switches: {} });
    const g = DirectoryGraph.from(rows);
    expect(allowedRecipients(g, 'curie.direction').size).toBe(0);
    expect(allowedRecipients(g, 'academie.admin').has('curie.direction')).toBe(true);
  });
});
