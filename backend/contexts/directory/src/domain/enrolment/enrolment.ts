import type { Id } from '@preau/kernel';

/** A pupil's class for one school year (one class per pupil and year: the table's primary key). */
export class Enrolment {
  constructor(
    readonly pupilId: Id,
    readonly schoolYearId: string,
    public classId: Id,
  ) {}

  /** Moving a pupil changes the class of their enrolment; their history with the old class stays where it is. */
  moveTo(classId: Id): boolean {
    if (this.classId === classId) return false;
    this.classId = classId;
    return true;
  }
}
