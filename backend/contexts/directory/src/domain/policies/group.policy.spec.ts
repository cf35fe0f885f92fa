// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { demoGraph } from '../testing/demo-graph';
import { checkManagesGroups } from './group.policy';

const graph = demoGraph(DEMO_ACADEMY);

function outcome(person: string): string {
  try {
    checkManagesGroups(graph, person, 'ferry-ce2a');
    return 'allowed';
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('checkManagesGroups (OnlyTheClassTeachersManageGroups)', () => {
  it.each([
    ['ferry.ce2a.prof', 'allowed'],
    ['lea.ce2a', 'FORBIDDEN'],
    ['parent.lea', 'FORBIDDEN'],
    ['ferry.cm2.prof', 'FORBIDDEN'],
    ['ferry.direction', 'FORBIDDEN'],
    ['curie.ce2.prof', 'FORBIDDEN'],
    ['tom.cm2', 'NOT_FOUND'],
    ['parent.nina', 'NOT_FOUND'],
  ])('%s managing the groups of CE2 A: %s', (person, expected) => {
    expect(outcome(person)).toBe(expected);
  });
});
