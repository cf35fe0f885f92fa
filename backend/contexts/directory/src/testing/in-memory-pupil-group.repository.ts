import type { Id } from '@preau/kernel';
import type { PupilGroup } from '../domain/pupil-group/pupil-group';
import type { GroupRepository } from '../domain/pupil-group/pupil-group.repository';

export class InMemoryGroupRepository implements GroupRepository {
  readonly items = new Map<Id, PupilGroup>();

  constructor(groups: PupilGroup[] = []) {
    for (const g of groups) this.items.set(g.id, g);
  }

  async byId(id: Id): Promise<PupilGroup | null> {
    return this.items.get(id) ?? null;
  }

  async named(classId: Id, name: string): Promise<PupilGroup | null> {
    return [...this.items.values()].find((g) => g.classId === classId && g.name === name) ?? null;
  }

  async ofClass(classId: Id): Promise<PupilGroup[]> {
    return [...this.items.values()].filter((g) => g.classId === classId);
  }

  add(group: PupilGroup): void {
    this.items.set(group.id, group);
  }

  remove(group: PupilGroup): void {
    this.items.delete(group.id);
  }
}
