import type { Id } from '@preau/kernel';
import type { School } from './school';

export interface SchoolRepository {
  /** The school with its directors. */
  byId(id: Id): Promise<School | null>;
  byIds(ids: Id[]): Promise<School[]>;
  byUai(uai: string): Promise<School | null>;
  add(school: School): void;
  /** Writes the directors' changes (the school's own fields are tracked by the unit of work). */
  save(school: School): Promise<void>;
}

export const SCHOOL_REPOSITORY = Symbol('SchoolRepository');
