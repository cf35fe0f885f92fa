import { checkRule, type Id, rule } from '@preau/kernel';

/** A group of pupils of one class, made by its teacher (homework targeting, differentiated instructions). */
export class PupilGroup {
  constructor(
    readonly id: Id,
    readonly classId: Id,
    public name: string,
    public pupilIds: Id[],
  ) {}

  static create(props: {
    id: Id;
    classId: Id;
    name: string;
    pupilIds: Id[];
    pupilsOfClass: readonly Id[];
  }): PupilGroup {
    const group = new PupilGroup(props.id, props.classId, '', []);
    group.rename(props.name);
    group.setPupils(props.pupilIds, props.pupilsOfClass);
    return group;
  }

  rename(name: string): void {
    const trimmed = name.trim();
    checkRule(
      rule(
        'AGroupHasAName',
        'VALIDATION_FAILED',
        'A group needs a name of 1 to 100 characters.',
        () => trimmed.length === 0 || trimmed.length > 100,
      ),
    );
    this.name = trimmed;
  }

  /** Rule GroupMembersArePupilsOfTheClass: a group never reaches outside its class. */
  setPupils(pupilIds: Id[], pupilsOfClass: readonly Id[]): void {
    const unique = [...new Set(pupilIds)];
    const outsiders = unique.filter((id) => !pupilsOfClass.includes(id));
    checkRule(
      rule(
        'GroupMembersArePupilsOfTheClass',
        'VALIDATION_FAILED',
        'Every member of a group is a pupil of its class.',
        () => outsiders.length > 0,
      ),
    );
    this.pupilIds = unique;
  }
}
