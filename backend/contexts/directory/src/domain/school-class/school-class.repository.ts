import type { Id } from '@preau/kernel';
import type { SchoolClass } from './school-class';

export interface ClassRepository {
  byId(id: Id): Promise<SchoolClass | null>;
}

export const CLASS_REPOSITORY = Symbol('ClassRepository');
