// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY, DEMO_LOGINS } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { demoGraph, demoRows } from '../testing/demo-graph';
import {
  checkAdministerSchool,
  checkManageAccount,
  mayAdministerSchool,
  mayDoAccountAct,
  mayKnowAccount,
  mayManageAccount,
  schoolsAdministeredBy,
  type AdministrationAction,
} from './administration.policy';
import { DirectoryGraph } from './directory-graph';

const graph = demoGraph(DEMO_ACADEMY);

function outcome(check: () => void): string {
  try {
    check();
    return 'ok';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return `${e.code}:${String(e.details['rule'])}`;
  }
}

const ACTIONS: AdministrationAction[] = [
  'structure.manage',
  'import',
  'account.reset',
  'account.block',
  'audit.read',
  'data.export',
  'data.erase',
  'switches.manage',
];
const ALL = ACTIONS;
const SCHOOL_ADMIN_OWN: AdministrationAction[] = [
  'structure.manage',
  'import',
  'account.reset',
  'account.block',
  'audit.read',
  'switches.manage',
];
const NOTHING: AdministrationAction[] = [];

// prettier-ignore
const SCHOOL_TABLE: [person: string, schoolId: string, allowed: AdministrationAction[]][] = [
  ['academie.admin',  'ferry', ALL],
  ['academie.admin',  'curie', ALL],
  ['ferry.direction', 'ferry', SCHOOL_ADMIN_OWN],
  ['ferry.direction', 'curie', NOTHING],
  ['ferry.ce2a.prof', 'ferry', NOTHING],
  ['curie.ce2.prof',  'curie', NOTHING],
  ['parent.hugo',     'ferry', NOTHING],
  ['lea.ce2a',        'ferry', NOTHING],
  ['academie.admin',  'no-such-school', NOTHING],
  ['ferry.direction', 'no-such-school', NOTHING],
];

describe('administration of schools', () => {
  it.each(SCHOOL_TABLE.flatMap(([person, schoolId, allowed]) => ACTIONS.map((a) => [person, a, schoolId, allowed.includes(a)] as const)))(
    '%s · %s for %s → %s',
    (person, action, schoolId, expected) => {
      expect(mayAdministerSchool(graph, person, schoolId, action)).toBe(expected);
    },
  );

  it.each<[string, string[]]>([
    ['academie.admin', ['ferry', 'curie']],
    ['ferry.direction', ['ferry']],
    ['ferry.ce2a.prof', []],
    ['parent.hugo', []],
    ['lea.ce2a', []],
    ['nobody', []],
  ])('%s administers %j', (person, schools) => {
    expect([...schoolsAdministeredBy(graph, person)].sort()).toEqual([...schools].sort());
  });

  it.each<[string, string, AdministrationAction, string]>([
    ['ferry.direction', 'ferry', 'import', 'ok'],
    ['ferry.direction', 'ferry', 'data.export', 'FORBIDDEN:SchoolMustBeAdministeredByActor'],
    ['ferry.direction', 'curie', 'audit.read', 'FORBIDDEN:SchoolMustBeAdministeredByActor'],
    ['ferry.ce2a.prof', 'ferry', 'switches.manage', 'FORBIDDEN:SchoolMustBeAdministeredByActor'],
    ['academie.admin', 'curie', 'data.erase', 'ok'],
    ['academie.admin', 'no-such-school', 'audit.read', 'NOT_FOUND:SchoolMustExist'],
  ])('checkAdministerSchool(%s, %s, %s) → %s', (person, schoolId, action, expected) => {
    expect(outcome(() => checkAdministerSchool(graph, person, schoolId, action))).toBe(expected);
  });

  it('an academy admin of another academy administers none of the demo schools', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.academies.push({ id: 'other', name: 'Other' });
    rows.people.push({ id: 'other.admin', role: 'ACADEMY_ADMIN', displayName: 'X' });
    rows.academyAdmins.push({ academyId: 'other', personId: 'other.admin' });
    const g = DirectoryGraph.from(rows);
    expect(schoolsAdministeredBy(g, 'other.admin')).toEqual([]);
    expect(mayAdministerSchool(g, 'other.admin', 'ferry', 'audit.read')).toBe(false);
    expect(mayManageAccount(g, 'other.admin', 'lea.ce2a')).toBe(false);
  });
});

const PEOPLE = DEMO_LOGINS;

// prettier-ignore
const ACCOUNTS: Record<(typeof PEOPLE)[number], string> = {
  //                 adm dir ce2a cm2 cur lea hug ine tom nin pLe pHu pNi
  'academie.admin':  '.   1   1   1   1   1   1   1   1   1   1   1   1',
  'ferry.direction': '.   .   1   1   .   1   1   1   1   .   1   1   .',
  'ferry.ce2a.prof': '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'ferry.cm2.prof':  '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'curie.ce2.prof':  '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'lea.ce2a':        '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'hugo.ce2a':       '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'ines.ce2a':       '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'tom.cm2':         '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'nina.curie':      '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'parent.lea':      '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'parent.hugo':     '.   .   .   .   .   .   .   .   .   .   .   .   .',
  'parent.nina':     '.   .   .   .   .   .   .   .   .   .   .   .   .',
};

describe('managing accounts (reset a password, block / unblock)', () => {
  const pairs = PEOPLE.flatMap((actor) => {
    const cells = ACCOUNTS[actor].split(/\s+/);
    if (cells.length !== PEOPLE.length) throw new Error(`row ${actor} has ${cells.length} cells`);
    return PEOPLE.map((target, i) => [actor, target, cells[i] === '1'] as const);
  });

  it.each(pairs)('%s manages %s: %s', (actor, target, expected) => {
    expect(mayManageAccount(graph, actor, target)).toBe(expected);
  });

  describe('with a second school admin and a family across two schools', () => {
    const rows = demoRows(DEMO_ACADEMY);
    rows.people.push(
      { id: 'curie.direction', role: 'SCHOOL_ADMIN', displayName: 'X' },
      { id: 'academie.admin2', role: 'ACADEMY_ADMIN', displayName: 'Y' },
    );
    rows.schools.find((s) => s.id === 'curie')?.directorIds.push('curie.direction');
    rows.academyAdmins.push({ academyId: 'demo-academy', personId: 'academie.admin2' });
    rows.guardianships.push({ parentId: 'parent.hugo', pupilId: 'nina.curie' });
    const g = DirectoryGraph.from(rows);

    it.each<[string, string, boolean]>([
      // a parent with children in two schools belongs to both
      ['curie.direction', 'parent.hugo', true],
      ['ferry.direction', 'parent.hugo', true],
      ['curie.direction', 'parent.lea', false],
      // a school admin never manages another admin
      ['curie.direction', 'ferry.direction', false],
      ['ferry.direction', 'curie.direction', false],
      ['curie.direction', 'academie.admin', false],
      // an academy admin manages the school admins of their academy, not a peer academy admin
      ['academie.admin', 'curie.direction', true],
      ['academie.admin', 'academie.admin2', false],
      ['academie.admin2', 'academie.admin', false],
    ])('%s manages %s: %s', (actor, target, expected) => {
      expect(mayManageAccount(g, actor, target)).toBe(expected);
    });
  });

  it.each<[string, string, string]>([
    ['ferry.direction', 'lea.ce2a', 'ok'],
    ['ferry.direction', 'nina.curie', 'FORBIDDEN:AccountMustBeManageableByActor'],
    ['ferry.direction', 'ferry.direction', 'FORBIDDEN:AccountMustBeManageableByActor'],
    ['ferry.ce2a.prof', 'lea.ce2a', 'FORBIDDEN:AccountMustBeManageableByActor'],
    ['academie.admin', 'nobody', 'NOT_FOUND:AccountMustExist'],
  ])('checkManageAccount(%s, %s) → %s', (actor, target, expected) => {
    expect(outcome(() => checkManageAccount(graph, actor, target))).toBe(expected);
  });
});

describe('acts on accounts', () => {
  // prettier-ignore
  const TABLE: [actor: string, target: string, block: boolean, reset: boolean, card: boolean, print: boolean][] = [
    ['ferry.direction', 'lea.ce2a',        true,  true,  true,  true],
    ['ferry.direction', 'parent.hugo',     true,  true,  true,  true],
    ['ferry.direction', 'ferry.ce2a.prof', true,  true,  true,  true],
    ['ferry.direction', 'nina.curie',      false, false, false, false],
    ['ferry.direction', 'ferry.direction', false, false, false, false],
    ['academie.admin',  'ferry.direction', true,  true,  true,  true],
    ['academie.admin',  'nina.curie',      true,  true,  true,  true],
    ['ferry.ce2a.prof', 'lea.ce2a',        false, true,  true,  true],
    ['ferry.ce2a.prof', 'hugo.ce2a',       false, true,  true,  true],
    ['ferry.ce2a.prof', 'tom.cm2',         false, false, false, false],
    ['ferry.ce2a.prof', 'parent.lea',      false, false, false, false],
    ['ferry.ce2a.prof', 'ferry.cm2.prof',  false, false, false, false],
    ['ferry.cm2.prof',  'tom.cm2',         false, true,  true,  true],
    ['ferry.cm2.prof',  'lea.ce2a',        false, false, false, false],
    ['curie.ce2.prof',  'lea.ce2a',        false, false, false, false],
    ['parent.lea',      'lea.ce2a',        false, false, false, false],
    ['ferry.direction', 'nobody',          false, false, false, false],
  ];
  it.each(TABLE)('%s on %s: block %s, reset %s, card %s, print %s', (actor, target, block, reset, card, print) => {
    expect(mayDoAccountAct(graph, actor, target, 'block')).toBe(block);
    expect(mayDoAccountAct(graph, actor, target, 'reset-password')).toBe(reset);
    expect(mayDoAccountAct(graph, actor, target, 'reissue-card')).toBe(card);
    expect(mayDoAccountAct(graph, actor, target, 'print')).toBe(print);
  });

  it.each<[string, string, boolean]>([
    ['ferry.direction', 'lea.ce2a', true],
    ['ferry.direction', 'nina.curie', false],
    ['ferry.direction', 'academie.admin', false],
    ['ferry.direction', 'nobody', false],
    ['academie.admin', 'nina.curie', true],
    ['ferry.ce2a.prof', 'tom.cm2', true],
    ['parent.lea', 'nina.curie', true],
  ])('%s may know that %s exists: %s', (actor, target, known) => {
    expect(mayKnowAccount(graph, actor, target)).toBe(known);
  });
});
