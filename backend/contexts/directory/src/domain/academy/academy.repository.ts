import type { Id } from '@preau/kernel';
import type { Academy } from './academy';

export interface AcademyRepository {
  /** The academy with its administrators. */
  byId(id: Id): Promise<Academy | null>;
  /** How many academies exist (none: a fresh database). */
  count(): Promise<number>;
  add(academy: Academy): void;
  /** Writes the administrators' changes (the academy's own fields are tracked by the unit of work). */
  save(academy: Academy): Promise<void>;
}

export const ACADEMY_REPOSITORY = Symbol('AcademyRepository');
