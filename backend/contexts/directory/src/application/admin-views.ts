import { type AdminClassView, type AdminSchoolView, MODULES, type PersonView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { DirectoryGraph } from '../domain';
import type { SchoolClass } from '../domain/school-class/school-class';
import type { School } from '../domain/school/school';
import { personView } from './views';

function people(graph: DirectoryGraph, ids: readonly Id[]): PersonView[] {
  return ids
    .map((id) => personView(graph, id))
    .filter((p) => p !== null)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
}

/** A school as its administrators see it: the aggregate's fields, its people and classes as the graph knows them. */
export function adminSchoolView(graph: DirectoryGraph, school: School): AdminSchoolView {
  return {
    id: school.id,
    name: school.name,
    academyId: school.academyId,
    switches: Object.fromEntries(MODULES.map((m) => [m, school.switches[m] !== false])) as AdminSchoolView['switches'],
    uai: school.uai,
    address: school.address ? { ...school.address } : null,
    directors: people(graph, school.directorIds),
    classCount: graph.classesOfSchool(school.id).length,
  };
}

/** A class as its administrators see it (pupils counted in the current year: 0 for a class of another year). */
export function adminClassView(graph: DirectoryGraph, klass: SchoolClass): AdminClassView {
  return {
    id: klass.id,
    name: klass.name,
    schoolId: klass.schoolId,
    teachers: people(graph, klass.teacherIds),
    pupilCount: graph.class(klass.id) ? graph.pupilsOf(klass.id).length : 0,
    schoolYearId: klass.schoolYearId,
    levels: [...klass.levels],
  };
}
