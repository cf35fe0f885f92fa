import { BusinessRuleViolation, rule } from '@preau/kernel';

/**
 * What an import may change in a school (decision 0010; docs/product/access-rules.md, Administration): classes of
 * that school, pupils of that school, one class per pupil and year, an INE belongs to one person. Checked for the
 * whole batch before anything is written.
 */
export const ROSTER_RULES = {
  CurrentSchoolYearMustExist: 'CONFLICT',
  ClassMustBelongToTheSchool: 'VALIDATION_FAILED',
  ClassNameMustBeFree: 'CONFLICT',
  PupilMustBeListedOnce: 'VALIDATION_FAILED',
  PupilMustExist: 'NOT_FOUND',
  PupilMustBeAPupil: 'CONFLICT',
  PupilEnrolledInAnotherSchool: 'CONFLICT',
  LeavingPupilMustBeOfTheSchool: 'VALIDATION_FAILED',
  IneMustBeUnique: 'CONFLICT',
  GuardianMustBeListedOnce: 'VALIDATION_FAILED',
  GuardianMustBeAParent: 'CONFLICT',
  GuardianMustBeOfTheSchool: 'NOT_FOUND',
  ChildMustBeAPupilOfTheSchool: 'VALIDATION_FAILED',
  OnlyTheAcademyAppointsDirectors: 'FORBIDDEN',
  StaffMustBeOfTheAcademy: 'NOT_FOUND',
  StaffRoleMustMatch: 'CONFLICT',
} as const;
export type RosterRule = keyof typeof ROSTER_RULES;

/** Throws the rule's refusal, with the facts a caller (the import's report) needs to point at the row. */
export function refuseRoster(name: RosterRule, message: string, facts: Record<string, unknown> = {}): never {
  const violation = new BusinessRuleViolation(rule(name, ROSTER_RULES[name], message, () => true));
  Object.assign(violation.details, facts);
  throw violation;
}
