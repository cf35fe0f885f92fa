import type { ClassAccess, ClassView, GroupView, PartnershipView, PersonView, SchoolView } from '@preau/contracts';
import { MODULES } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { type ClassAccessDecision, type DirectoryGraph, moduleEnabled } from '../domain';
import type { Partnership } from '../domain/partnership/partnership';
import type { PupilGroup } from '../domain/pupil-group/pupil-group';

export function personView(graph: DirectoryGraph, id: Id): PersonView | null {
  const person = graph.person(id);
  return person ? { id: person.id, displayName: person.displayName, role: person.role } : null;
}

export function classView(graph: DirectoryGraph, classId: Id, decision: ClassAccessDecision): ClassView {
  const klass = graph.class(classId);
  const school = klass ? graph.school(klass.schoolId) : undefined;
  if (!klass || !school) throw new Error(`class ${classId} is not in the graph`);
  return {
    id: klass.id,
    name: klass.name,
    schoolId: school.id,
    schoolName: school.name,
    modules: { ...klass.modules },
    schoolSwitches: { ...school.switches },
    settings: { ...klass.settings },
    // Module actions are listed only while their module is on, so the UI never offers a dead end.
    permissions: [...decision.available],
  };
}

export function classAccessView(graph: DirectoryGraph, classId: Id, decision: ClassAccessDecision): ClassAccess {
  const klass = graph.class(classId);
  return {
    classId,
    schoolId: klass?.schoolId ?? null,
    known: decision.known,
    relations: [...decision.relations],
    modules: klass
      ? (Object.fromEntries(MODULES.map((m) => [m, moduleEnabled(graph, classId, m)])) as ClassAccess['modules'])
      : { blog: false, messaging: false, media: false, homework: false, liaison: false, calendar: false },
    allowed: [...decision.allowed],
    settings: klass && decision.known ? { ...klass.settings } : null,
  };
}

export function schoolView(graph: DirectoryGraph, schoolId: Id): SchoolView {
  const school = graph.school(schoolId);
  if (!school) throw new Error(`school ${schoolId} is not in the graph`);
  return {
    id: school.id,
    name: school.name,
    academyId: school.academyId,
    switches: Object.fromEntries(MODULES.map((m) => [m, school.switches[m] !== false])) as SchoolView['switches'],
  };
}

export function groupView(graph: DirectoryGraph, group: PupilGroup): GroupView {
  return {
    id: group.id,
    classId: group.classId,
    name: group.name,
    pupils: group.pupilIds
      .map((id) => personView(graph, id))
      .filter((p) => p !== null)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
  };
}

export function partnershipView(p: Partnership): PartnershipView {
  return { id: p.id, requesterClassId: p.requesterClassId, partnerClassId: p.partnerClassId, status: p.status };
}
