import type { Id } from '@preau/kernel';
import type { PupilGroup } from './pupil-group';

export interface GroupRepository {
  byId(id: Id): Promise<PupilGroup | null>;
  named(classId: Id, name: string): Promise<PupilGroup | null>;
  ofClass(classId: Id): Promise<PupilGroup[]>;
  add(group: PupilGroup): void;
  remove(group: PupilGroup): void;
}

export const GROUP_REPOSITORY = Symbol('GroupRepository');
