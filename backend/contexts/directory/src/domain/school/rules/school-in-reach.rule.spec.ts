// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY } from '@preau/contracts';
import { DirectoryGraph } from '../../policies/directory-graph';
import { demoRows } from '../../testing/demo-graph';
import { checkSchoolInReach } from './school-in-reach.rule';

describe('checkSchoolInReach (docs/product/access-rules.md, section 5)', () => {
  const graph = DirectoryGraph.from(demoRows(DEMO_ACADEMY));
  const refusal = (actor: string, school: string) => {
    try {
      checkSchoolInReach(graph, actor, school, 'structure.manage');
      return null;
    } catch (error) {
      const { code, details } = error as { code: string; details: { rule: string } };
      return [code, details.rule];
    }
  };

  it.each([
    ['ferry.direction', 'ferry'],
    ['academie.admin', 'ferry'],
    ['academie.admin', 'curie'],
  ])('lets %s run %s', (actor, school) => expect(refusal(actor, school)).toBeNull());

  it.each([
    [
      'a director, about another school: 404, they may not know it exists',
      'ferry.direction',
      'curie',
      'NOT_FOUND',
      'SchoolMustBeInReach',
    ],
    ['a teacher', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN', 'OnlyAdministratorsRunSchools'],
    ['a parent', 'parent.lea', 'ferry', 'FORBIDDEN', 'OnlyAdministratorsRunSchools'],
    ['a pupil', 'lea.ce2a', 'curie', 'FORBIDDEN', 'OnlyAdministratorsRunSchools'],
    ['anyone, about an unknown school', 'academie.admin', 'nowhere', 'NOT_FOUND', 'SchoolMustExist'],
  ])('refuses %s', (_who, actor, school, code, rule) => expect(refusal(actor, school)).toEqual([code, rule]));
});
