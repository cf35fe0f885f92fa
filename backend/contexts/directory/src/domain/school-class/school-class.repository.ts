import type { Id } from '@preau/kernel';
import type { SchoolClass } from './school-class';

export interface ClassRepository {
  /** The class with its teachers. */
  byId(id: Id): Promise<SchoolClass | null>;
  byIds(ids: Id[]): Promise<SchoolClass[]>;
  /** The class of that name in the school and year, if any (names are unique there). */
  named(schoolId: Id, schoolYearId: string, name: string): Promise<SchoolClass | null>;
  add(klass: SchoolClass): void;
  /** Writes the teachers' changes (the class's own fields are tracked by the unit of work). */
  save(klass: SchoolClass): Promise<void>;
}

export const CLASS_REPOSITORY = Symbol('ClassRepository');
