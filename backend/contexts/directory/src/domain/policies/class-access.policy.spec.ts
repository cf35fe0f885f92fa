// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { CLASS_ACTIONS, DEMO_ACADEMY, moduleOf, type ClassAction, type ClassRelation, type ModuleName } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { demoGraph, demoRows } from '../testing/demo-graph';
import { ACTION_MODULE, ALL_CLASS_ACTIONS, checkClassAction, classAccess, moduleEnabled } from './class-access.policy';
import { DirectoryGraph, type DirectoryGraphRows } from './directory-graph';

const graph = demoGraph(DEMO_ACADEMY);

/** The outcome of checkClassAction: 'ok', or the refusal's code and rule name. */
function outcome(g: DirectoryGraph, person: string, classId: string, action: ClassAction): string {
  try {
    checkClassAction(g, person, classId, action);
    return 'ok';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return `${e.code}:${String(e.details['rule'])}`;
  }
}
const NOT_FOUND = 'NOT_FOUND:ClassMustBeKnownToCaller';
const FORBIDDEN = 'FORBIDDEN:ActionMustBeAllowedInClass';
const OFF_IN_CLASS = 'MODULE_DISABLED:ModuleMustBeOnInClass';
const OFF_FOR_SCHOOL = 'MODULE_DISABLED:ModuleMustNotBeOffForSchool';

function tweak(change: (rows: DirectoryGraphRows) => void): DirectoryGraph {
  const rows = demoRows(DEMO_ACADEMY);
  change(rows);
  return DirectoryGraph.from(rows);
}

// ---- the expected rows of the module matrix, written out by hand from docs/product/access-rules.md ----
// prettier-ignore
const PUPIL: ClassAction[] = ['class.read', 'class.members.read', 'messaging.use', 'blog.read', 'blog.write', 'blog.comment',
  'homework.read', 'homework.tick', 'liaison.read', 'calendar.read', 'media.class.read'];
// prettier-ignore
const PARENT: ClassAction[] = ['class.read', 'class.members.read', 'messaging.use', 'blog.read', 'blog.comment',
  'homework.read', 'liaison.read', 'liaison.sign', 'calendar.read', 'media.class.read'];
// prettier-ignore
const TEACHER: ClassAction[] = ['class.read', 'class.members.read', 'class.parents.read', 'class.modules.switch',
  'class.settings.change', 'class.partnership.manage', 'messaging.use', 'blog.read', 'blog.write', 'blog.moderate',
  'blog.comment', 'blog.comment.moderate', 'homework.read', 'homework.write', 'liaison.read', 'liaison.write',
  'liaison.signatures.read', 'calendar.read', 'calendar.write', 'media.class.read', 'media.class.share'];
// prettier-ignore
const SCHOOL_ADMIN: ClassAction[] = ['class.read', 'class.members.read', 'class.parents.read', 'class.modules.switch',
  'class.settings.change', 'blog.read', 'homework.read', 'liaison.read', 'liaison.write', 'liaison.signatures.read',
  'calendar.read', 'calendar.write', 'media.class.read'];
const ACADEMY_ADMIN: ClassAction[] = ['class.read', 'class.members.read', 'class.parents.read'];
const PARTNER: ClassAction[] = ['class.read'];
const COLLEAGUE: ClassAction[] = ['class.read', 'class.members.read'];
const UNKNOWN = null;

type Expected = [person: string, classId: string, relations: ClassRelation[], allowed: ClassAction[] | null];
// prettier-ignore
const TABLE: Expected[] = [
  ['academie.admin',  'ferry-ce2a', ['academy-admin'],  ACADEMY_ADMIN],
  ['ferry.direction', 'ferry-ce2a', ['school-admin'],   SCHOOL_ADMIN],
  ['ferry.ce2a.prof', 'ferry-ce2a', ['teacher'],        TEACHER],
  ['ferry.cm2.prof',  'ferry-ce2a', ['none'],           COLLEAGUE],
  ['curie.ce2.prof',  'ferry-ce2a', ['partner-member'], PARTNER],
  ['lea.ce2a',        'ferry-ce2a', ['pupil'],          PUPIL],
  ['hugo.ce2a',       'ferry-ce2a', ['pupil'],          PUPIL],
  ['ines.ce2a',       'ferry-ce2a', ['pupil'],          PUPIL],
  ['tom.cm2',         'ferry-ce2a', ['none'],           UNKNOWN],
  ['nina.curie',      'ferry-ce2a', ['partner-member'], PARTNER],
  ['parent.lea',      'ferry-ce2a', ['parent'],         PARENT],
  ['parent.hugo',     'ferry-ce2a', ['parent'],         PARENT],
  ['parent.nina',     'ferry-ce2a', ['none'],           UNKNOWN],

  ['academie.admin',  'ferry-cm2',  ['academy-admin'],  ACADEMY_ADMIN],
  ['ferry.direction', 'ferry-cm2',  ['school-admin'],   SCHOOL_ADMIN],
  ['ferry.ce2a.prof', 'ferry-cm2',  ['none'],           COLLEAGUE],
  ['ferry.cm2.prof',  'ferry-cm2',  ['teacher'],        TEACHER],
  ['curie.ce2.prof',  'ferry-cm2',  ['none'],           UNKNOWN],
  ['lea.ce2a',        'ferry-cm2',  ['none'],           UNKNOWN],
  ['hugo.ce2a',       'ferry-cm2',  ['none'],           UNKNOWN],
  ['ines.ce2a',       'ferry-cm2',  ['none'],           UNKNOWN],
  ['tom.cm2',         'ferry-cm2',  ['pupil'],          PUPIL],
  ['nina.curie',      'ferry-cm2',  ['none'],           UNKNOWN],
  ['parent.lea',      'ferry-cm2',  ['none'],           UNKNOWN],
  ['parent.hugo',     'ferry-cm2',  ['parent'],         PARENT],
  ['parent.nina',     'ferry-cm2',  ['none'],           UNKNOWN],

  ['academie.admin',  'curie-ce2',  ['academy-admin'],  ACADEMY_ADMIN],
  ['ferry.direction', 'curie-ce2',  ['none'],           UNKNOWN],
  ['ferry.ce2a.prof', 'curie-ce2',  ['partner-member'], PARTNER],
  ['ferry.cm2.prof',  'curie-ce2',  ['none'],           UNKNOWN],
  ['curie.ce2.prof',  'curie-ce2',  ['teacher'],        TEACHER],
  ['lea.ce2a',        'curie-ce2',  ['partner-member'], PARTNER],
  ['hugo.ce2a',       'curie-ce2',  ['partner-member'], PARTNER],
  ['ines.ce2a',       'curie-ce2',  ['partner-member'], PARTNER],
  ['tom.cm2',         'curie-ce2',  ['none'],           UNKNOWN],
  ['nina.curie',      'curie-ce2',  ['pupil'],          PUPIL],
  ['parent.lea',      'curie-ce2',  ['none'],           UNKNOWN],
  ['parent.hugo',     'curie-ce2',  ['none'],           UNKNOWN],
  ['parent.nina',     'curie-ce2',  ['parent'],         PARENT],
];

describe('class access on the demo academy', () => {
  it('the table covers the 13 demo people in the 3 classes', () => {
    expect(new Set(TABLE.map(([p, c]) => `${p}@${c}`)).size).toBe(39);
  });

  it.each(TABLE)('%s in %s: relations %j', (person, classId, relations, allowed) => {
    const access = classAccess(graph, person, classId);
    expect(access.known).toBe(allowed !== null);
    expect(access.relations).toEqual(relations);
    expect([...access.allowed].sort()).toEqual([...(allowed ?? [])].sort());
    // every module is on in the demo: nothing is switched off
    expect(access.available).toEqual(access.allowed);
  });

  const CELLS = TABLE.flatMap(([person, classId, , allowed]) =>
    CLASS_ACTIONS.map((action) => {
      const expected = allowed === null ? NOT_FOUND : allowed.includes(action) ? 'ok' : FORBIDDEN;
      return [person, action, classId, expected] as const;
    }),
  );
  it.each(CELLS)('%s · %s in %s → %s', (person, action, classId, expected) => {
    expect(outcome(graph, person, classId, action)).toBe(expected);
  });

  describe('consequences listed in docs/product/demo-school.md', () => {
    it.each([
      ['parent.hugo', 'ferry-ce2a', 'ok'],
      ['parent.hugo', 'ferry-cm2', 'ok'],
      ['parent.lea', 'ferry-ce2a', 'ok'],
      ['parent.lea', 'ferry-cm2', NOT_FOUND],
      ['tom.cm2', 'ferry-ce2a', NOT_FOUND],
    ])('%s reads the blog of %s → %s', (person, classId, expected) => {
      expect(outcome(graph, person, classId, 'blog.read')).toBe(expected);
    });

    it.each(['ferry-ce2a', 'ferry-cm2', 'curie-ce2'])('academie.admin cannot read the messages of %s', (classId) => {
      expect(outcome(graph, 'academie.admin', classId, 'messaging.use')).toBe(FORBIDDEN);
    });

    it.each(['ferry-ce2a', 'ferry-cm2', 'curie-ce2'])('academie.admin reads no content of %s', (classId) => {
      const content = classAccess(graph, 'academie.admin', classId).allowed.filter((a) => !a.startsWith('class.'));
      expect(content).toEqual([]);
    });
  });
});

describe('partner classes and blog sharing', () => {
  const shared = tweak((rows) => {
    const ce2a = rows.classes.find((c) => c.id === 'ferry-ce2a');
    if (ce2a) ce2a.settings.shareBlogWithPartners = true;
  });

  it.each<[string, string, DirectoryGraph, string]>([
    ['nina.curie', 'ferry-ce2a', graph, FORBIDDEN],
    ['nina.curie', 'ferry-ce2a', shared, 'ok'],
    ['curie.ce2.prof', 'ferry-ce2a', shared, 'ok'],
    // sharing is per class: CE2 A shares, Curie CE2 does not
    ['lea.ce2a', 'curie-ce2', shared, FORBIDDEN],
    // sharing opens the blog to partner classes only
    ['tom.cm2', 'ferry-ce2a', shared, NOT_FOUND],
    ['parent.nina', 'ferry-ce2a', shared, NOT_FOUND],
  ])('%s reads the blog of %s → %s', (person, classId, g, expected) => {
    expect(outcome(g, person, classId, 'blog.read')).toBe(expected);
  });

  it.each<ClassAction>(['blog.comment', 'blog.write', 'homework.read', 'class.members.read', 'messaging.use'])(
    'a partner member may not %s even when the blog is shared',
    (action) => {
      expect(outcome(shared, 'nina.curie', 'ferry-ce2a', action)).toBe(FORBIDDEN);
    },
  );

  it('a teacher of a partner class of the same school keeps reading the members as school staff', () => {
    const g = tweak((rows) => {
      rows.partnerships.push({ requesterClassId: 'ferry-cm2', partnerClassId: 'ferry-ce2a', status: 'active' });
    });
    const teacher = classAccess(g, 'ferry.cm2.prof', 'ferry-ce2a');
    expect(teacher.relations).toEqual(['partner-member']);
    expect(teacher.allowed).toEqual(['class.read', 'class.members.read']);
    // a pupil of the partner class is no staff: no members list
    const pupil = classAccess(g, 'tom.cm2', 'ferry-ce2a');
    expect(pupil.relations).toEqual(['partner-member']);
    expect(pupil.allowed).toEqual(['class.read']);
  });

  it('a pending partnership makes the partner class unknown', () => {
    const pending = tweak((rows) => {
      rows.partnerships = rows.partnerships.map((p) => ({ ...p, status: 'pending' as const }));
    });
    expect(outcome(pending, 'nina.curie', 'ferry-ce2a', 'class.read')).toBe(NOT_FOUND);
    expect(outcome(pending, 'ferry.ce2a.prof', 'curie-ce2', 'class.read')).toBe(NOT_FOUND);
  });
});

describe('module switches', () => {
  const blogOffInCe2a = tweak((rows) => {
    const ce2a = rows.classes.find((c) => c.id === 'ferry-ce2a');
    if (ce2a) ce2a.modules.blog = false;
  });
  const messagingOffAtFerry = tweak((rows) => {
    const ferry = rows.schools.find((s) => s.id === 'ferry');
    if (ferry) ferry.switches.messaging = false;
  });
  const everythingOffInCm2 = tweak((rows) => {
    const cm2 = rows.classes.find((c) => c.id === 'ferry-cm2');
    if (cm2) for (const m of Object.keys(cm2.modules) as ModuleName[]) cm2.modules[m] = false;
  });
  const schoolOnClassOff = tweak((rows) => {
    const ferry = rows.schools.find((s) => s.id === 'ferry');
    if (ferry) ferry.switches.blog = true;
    const ce2a = rows.classes.find((c) => c.id === 'ferry-ce2a');
    if (ce2a) ce2a.modules.blog = false;
  });

  it.each<[string, DirectoryGraph, string, string, ClassAction, string]>([
    ['class switch', blogOffInCe2a, 'lea.ce2a', 'ferry-ce2a', 'blog.read', OFF_IN_CLASS],
    ['class switch', blogOffInCe2a, 'ferry.ce2a.prof', 'ferry-ce2a', 'blog.moderate', OFF_IN_CLASS],
    ['class switch', blogOffInCe2a, 'parent.lea', 'ferry-ce2a', 'blog.comment', OFF_IN_CLASS],
    ['class switch', blogOffInCe2a, 'lea.ce2a', 'ferry-ce2a', 'homework.read', 'ok'],
    ['class switch', blogOffInCe2a, 'tom.cm2', 'ferry-cm2', 'blog.read', 'ok'],
    // refusals come in order: unknown class, then forbidden action, then module off
    ['class switch', blogOffInCe2a, 'tom.cm2', 'ferry-ce2a', 'blog.read', NOT_FOUND],
    ['class switch', blogOffInCe2a, 'academie.admin', 'ferry-ce2a', 'blog.read', FORBIDDEN],
    ['class switch', blogOffInCe2a, 'lea.ce2a', 'ferry-ce2a', 'blog.moderate', FORBIDDEN],
    ['school switch', messagingOffAtFerry, 'lea.ce2a', 'ferry-ce2a', 'messaging.use', OFF_FOR_SCHOOL],
    ['school switch', messagingOffAtFerry, 'tom.cm2', 'ferry-cm2', 'messaging.use', OFF_FOR_SCHOOL],
    ['school switch', messagingOffAtFerry, 'parent.hugo', 'ferry-cm2', 'messaging.use', OFF_FOR_SCHOOL],
    ['school switch', messagingOffAtFerry, 'nina.curie', 'curie-ce2', 'messaging.use', 'ok'],
    ['school switch', messagingOffAtFerry, 'lea.ce2a', 'ferry-ce2a', 'blog.read', 'ok'],
    ['school switch on does not override a class switch off', schoolOnClassOff, 'lea.ce2a', 'ferry-ce2a', 'blog.read', OFF_IN_CLASS],
    // directory actions are never switched off: a teacher can always switch modules back on
    ['everything off', everythingOffInCm2, 'ferry.cm2.prof', 'ferry-cm2', 'class.modules.switch', 'ok'],
    ['everything off', everythingOffInCm2, 'ferry.direction', 'ferry-cm2', 'class.settings.change', 'ok'],
    ['everything off', everythingOffInCm2, 'tom.cm2', 'ferry-cm2', 'class.read', 'ok'],
    ['everything off', everythingOffInCm2, 'tom.cm2', 'ferry-cm2', 'media.class.read', OFF_IN_CLASS],
  ])('%s: %s · %s · %s → %s', (_case, g, person, classId, action, expected) => {
    expect(outcome(g, person, classId, action)).toBe(expected);
  });

  it.each<[DirectoryGraph, string, ModuleName, boolean]>([
    [graph, 'ferry-ce2a', 'blog', true],
    [blogOffInCe2a, 'ferry-ce2a', 'blog', false],
    [blogOffInCe2a, 'ferry-ce2a', 'liaison', true],
    [messagingOffAtFerry, 'ferry-ce2a', 'messaging', false],
    [messagingOffAtFerry, 'ferry-cm2', 'messaging', false],
    [messagingOffAtFerry, 'curie-ce2', 'messaging', true],
    [schoolOnClassOff, 'ferry-ce2a', 'blog', false],
    [graph, 'no-such-class', 'blog', false],
  ])('moduleEnabled(%#: %s, %s) = %s', (g, classId, module, expected) => {
    expect(moduleEnabled(g, classId, module)).toBe(expected);
  });

  it('available leaves out the actions of switched-off modules, allowed keeps them', () => {
    const access = classAccess(messagingOffAtFerry, 'lea.ce2a', 'ferry-ce2a');
    expect(access.allowed).toContain('messaging.use');
    expect(access.available).not.toContain('messaging.use');
    expect(access.available).toContain('blog.read');
  });

  it('the refusal names the module', () => {
    try {
      checkClassAction(messagingOffAtFerry, 'lea.ce2a', 'ferry-ce2a', 'messaging.use');
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as DomainError).details).toEqual({
        rule: 'ModuleMustNotBeOffForSchool',
        classId: 'ferry-ce2a',
        action: 'messaging.use',
        module: 'messaging',
      });
    }
  });
});

describe('edge cases', () => {
  it.each([
    ['lea.ce2a', 'no-such-class'],
    ['ferry.direction', 'no-such-class'],
    ['nobody', 'ferry-ce2a'],
  ])('%s in %s: NOT_FOUND', (person, classId) => {
    expect(classAccess(graph, person, classId)).toMatchObject({ known: false, relations: ['none'], allowed: [], schoolId: null });
    expect(outcome(graph, person, classId, 'class.read')).toBe(NOT_FOUND);
  });

  it('a director who teaches a class gets the union of both rows', () => {
    const g = tweak((rows) => rows.classes.find((c) => c.id === 'ferry-cm2')?.teacherIds.push('ferry.direction'));
    const access = classAccess(g, 'ferry.direction', 'ferry-cm2');
    expect(access.relations).toEqual(['teacher', 'school-admin']);
    expect(access.allowed).toContain('media.class.share');
    expect(access.allowed).toContain('class.partnership.manage');
  });

  it('a director of another school of the academy does not know the class', () => {
    const g = tweak((rows) => {
      rows.people.push({ id: 'curie.direction', role: 'SCHOOL_ADMIN', displayName: 'X' });
      rows.schools.find((s) => s.id === 'curie')?.directorIds.push('curie.direction');
    });
    expect(outcome(g, 'curie.direction', 'ferry-ce2a', 'class.read')).toBe(NOT_FOUND);
    expect(outcome(g, 'curie.direction', 'curie-ce2', 'liaison.write')).toBe('ok');
    expect(outcome(g, 'curie.direction', 'curie-ce2', 'blog.write')).toBe(FORBIDDEN);
  });

  it('an academy admin of another academy does not know the class', () => {
    const g = tweak((rows) => {
      rows.academies.push({ id: 'other', name: 'Other' });
      rows.people.push({ id: 'other.admin', role: 'ACADEMY_ADMIN', displayName: 'X' });
      rows.academyAdmins.push({ academyId: 'other', personId: 'other.admin' });
    });
    expect(outcome(g, 'other.admin', 'ferry-ce2a', 'class.read')).toBe(NOT_FOUND);
  });
});

describe('action → module mapping', () => {
  it('lists exactly the actions of the contracts', () => {
    expect([...ALL_CLASS_ACTIONS].sort()).toEqual([...CLASS_ACTIONS].sort());
  });

  it.each(CLASS_ACTIONS.map((a) => [a]))('%s belongs to the same module as in the contracts', (action) => {
    expect(ACTION_MODULE[action]).toBe(moduleOf(action));
  });
});
