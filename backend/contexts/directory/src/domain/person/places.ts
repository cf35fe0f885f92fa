import type { Id } from '@preau/kernel';

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
