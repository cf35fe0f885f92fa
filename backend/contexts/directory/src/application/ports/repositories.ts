import type { StructureToProvision } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Partnership } from '../../domain/model/partnership';
import type { PupilGroup } from '../../domain/model/pupil-group';
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

export interface GroupRepository {
  byId(id: Id): Promise<PupilGroup | null>;
  named(classId: Id, name: string): Promise<PupilGroup | null>;
  ofClass(classId: Id): Promise<PupilGroup[]>;
  add(group: PupilGroup): void;
  remove(group: PupilGroup): void;
}

export interface StructureWriter {
  isEmpty(): Promise<boolean>;
  provision(structure: StructureToProvision): Promise<void>;
}

export const CLASS_REPOSITORY = Symbol('ClassRepository');
export const SCHOOL_REPOSITORY = Symbol('SchoolRepository');
export const PARTNERSHIP_REPOSITORY = Symbol('PartnershipRepository');
export const GROUP_REPOSITORY = Symbol('GroupRepository');
export const STRUCTURE_WRITER = Symbol('StructureWriter');
