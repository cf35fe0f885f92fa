import type { Id } from '@preau/kernel';
import type { School } from './school';

export interface SchoolRepository {
  byId(id: Id): Promise<School | null>;
}

export const SCHOOL_REPOSITORY = Symbol('SchoolRepository');
