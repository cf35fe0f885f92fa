import type { StructureToProvision } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Partnership } from '../../domain/model/partnership';
import type { School } from '../../domain/model/school';
import type { SchoolClass } from '../../domain/model/school-class';

export interface ClassRepository {
  byId(id: Id): Promise<SchoolClass | null>;
}

export interface SchoolRepository {
  byId(id: Id): Promise<School | null>;
}

export interface PartnershipRepository {
  byId(id: Id): Promise<Partnership | null>;
  between(a: Id, b: Id): Promise<Partnership | null>;
  add(partnership: Partnership): void;
  remove(partnership: Partnership): void;
}

export interface StructureWriter {
  isEmpty(): Promise<boolean>;
  provision(structure: StructureToProvision): Promise<void>;
}

export const CLASS_REPOSITORY = Symbol('ClassRepository');
export const SCHOOL_REPOSITORY = Symbol('SchoolRepository');
export const PARTNERSHIP_REPOSITORY = Symbol('PartnershipRepository');
export const STRUCTURE_WRITER = Symbol('StructureWriter');
