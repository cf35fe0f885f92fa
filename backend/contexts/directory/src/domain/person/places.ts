import type { Id } from '@preau/kernel';

/** A pupil's class for one school year (one class per pupil and year: the table's key). */
export class Enrolment {
  constructor(
    readonly pupilId: Id,
    readonly schoolYearId: string,
    public classId: Id,
  ) {}

  /** Returns whether the pupil really moved. */
  moveTo(classId: Id): boolean {
    if (this.classId === classId) return false;
    this.classId = classId;
    return true;
  }
}

/** A parent (a guardian in the register's words) of a pupil. */
export class Guardianship {
  constructor(
    readonly parentId: Id,
    readonly pupilId: Id,
  ) {}
}

/** A teacher of a school, before (and whatever) classes are theirs. */
export class SchoolStaff {
  constructor(
    readonly schoolId: Id,
    readonly personId: Id,
  ) {}
}

/** A director of a school (a SCHOOL_ADMIN account). */
export class Directorship {
  constructor(
    readonly schoolId: Id,
    readonly personId: Id,
  ) {}
}
