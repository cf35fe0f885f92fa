// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a spec reads the demo academy contract as data
import { DEMO_ACADEMY } from '@preau/contracts';
import { demoGraph, demoRows } from '../testing/demo-graph';
import { DirectoryGraph } from './directory-graph';
import { messagingOn, pupilClassOf, recipientGroups, schoolsOfPerson } from './messaging.policy';

function found<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const item = items.find(predicate);
  if (item === undefined) throw new Error('not in the demo academy');
  return item;
}

const graph = demoGraph(DEMO_ACADEMY);
const ferry = found(DEMO_ACADEMY.schools, (s) => s.name.includes('Ferry'));
const ce2a = found(ferry.classes, (c) => c.name === 'CE2 A');
const cm2 = found(ferry.classes, (c) => c.name === 'CM2');

describe('messaging policy', () => {
  describe('MessagingSwitchedOn', () => {
    it('is on for everyone in the demo academy', () => {
      for (const person of graph.people()) expect([person.id, messagingOn(graph, person.id)]).toEqual([person.id, true]);
    });

    it("a class's module switched off stops its pupils, not its teacher, and a parent only when every child is stopped", () => {
      const rows = demoRows(DEMO_ACADEMY);
      found(rows.classes, (c) => c.id === cm2.key).modules.messaging = false;
      const g = DirectoryGraph.from(rows);
      expect(messagingOn(g, 'tom.cm2')).toBe(false);
      expect(messagingOn(g, 'lea.ce2a')).toBe(true);
      expect(messagingOn(g, 'ferry.cm2.prof')).toBe(true);
      expect(messagingOn(g, 'parent.hugo')).toBe(true); // hugo.ce2a's class still has it
      found(rows.classes, (c) => c.id === ce2a.key).modules.messaging = false;
      const g2 = DirectoryGraph.from(rows);
      expect(messagingOn(g2, 'parent.hugo')).toBe(false);
      expect(messagingOn(g2, 'parent.lea')).toBe(false);
      expect(messagingOn(g2, 'parent.nina')).toBe(true);
    });

    it("a school's emergency switch stops its pupils, teachers, director and families, not the other school nor the academy", () => {
      const rows = demoRows(DEMO_ACADEMY);
      found(rows.schools, (s) => s.id === ferry.key).switches = { messaging: false };
      const g = DirectoryGraph.from(rows);
      for (const login of ['lea.ce2a', 'tom.cm2', 'ferry.ce2a.prof', 'ferry.cm2.prof', 'ferry.direction', 'parent.lea', 'parent.hugo']) {
        expect([login, messagingOn(g, login)]).toEqual([login, false]);
      }
      for (const login of ['nina.curie', 'curie.ce2.prof', 'parent.nina', 'academie.admin']) {
        expect([login, messagingOn(g, login)]).toEqual([login, true]);
      }
    });

    it('is off for someone unknown', () => {
      expect(messagingOn(graph, 'nobody')).toBe(false);
    });
  });

  it("gives a pupil's class with its hold setting, and nothing for adults", () => {
    expect(pupilClassOf(graph, 'lea.ce2a')).toEqual({ classId: ce2a.key, holdPupilMessages: true, teacherIds: ['ferry.ce2a.prof'] });
    expect(pupilClassOf(graph, 'tom.cm2')).toEqual({ classId: cm2.key, holdPupilMessages: false, teacherIds: ['ferry.cm2.prof'] });
    expect(pupilClassOf(graph, 'ferry.ce2a.prof')).toBeNull();
    expect(pupilClassOf(graph, 'parent.lea')).toBeNull();
  });

  it('files people under their schools: pupils, teachers, directors, and parents through their children', () => {
    expect(schoolsOfPerson(graph, 'lea.ce2a')).toEqual([ferry.key]);
    expect(schoolsOfPerson(graph, 'ferry.direction')).toEqual([ferry.key]);
    expect(schoolsOfPerson(graph, 'parent.hugo')).toEqual([ferry.key]);
    expect(schoolsOfPerson(graph, 'parent.nina')).toEqual(['curie']);
    expect(schoolsOfPerson(graph, 'academie.admin')).toEqual([]);
  });

  describe('recipient groups', () => {
    const byId = (login: string) => Object.fromEntries(recipientGroups(graph, login).map((g) => [g.id, [...g.memberIds].sort()]));

    it("a teacher gets their class's pupils and families, and their school's staff", () => {
      expect(byId('ferry.ce2a.prof')).toEqual({
        [`class-pupils:${ce2a.key}`]: ['hugo.ce2a', 'ines.ce2a', 'lea.ce2a'],
        [`class-families:${ce2a.key}`]: ['parent.hugo', 'parent.lea'],
        [`school-staff:${ferry.key}`]: ['ferry.cm2.prof', 'ferry.direction'],
      });
    });

    it('a director gets every class of the school', () => {
      const groups = byId('ferry.direction');
      expect(groups[`class-pupils:${cm2.key}`]).toEqual(['tom.cm2']);
      expect(groups[`class-families:${ce2a.key}`]).toEqual(['parent.hugo', 'parent.lea']);
    });

    it('a pupil gets their classmates and teachers; a parent and an academy administrator get no ready-made set', () => {
      expect(byId('lea.ce2a')).toEqual({
        [`class-pupils:${ce2a.key}`]: ['hugo.ce2a', 'ines.ce2a'],
        [`class-teachers:${ce2a.key}`]: ['ferry.ce2a.prof'],
      });
      expect(byId('parent.lea')).toEqual({});
      expect(byId('academie.admin')).toEqual({});
    });

    it('keeps only people the sender may write to (a pupil group of the class)', () => {
      const rows = demoRows(DEMO_ACADEMY);
      rows.groups?.push({ id: 'readers', classId: ce2a.key, name: 'Lecteurs', pupilIds: ['lea.ce2a', 'hugo.ce2a'] });
      const g = DirectoryGraph.from(rows);
      const groups = Object.fromEntries(recipientGroups(g, 'ferry.ce2a.prof').map((x) => [x.id, x.memberIds]));
      expect(groups['pupil-group:readers']).toEqual(['lea.ce2a', 'hugo.ce2a']);
      expect(recipientGroups(g, 'ferry.cm2.prof').map((x) => x.id)).not.toContain('pupil-group:readers');
    });
  });
});
