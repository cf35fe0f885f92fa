/**
 * Every refusal in Préau is a domain error carrying a stable, upper-case code.
 * The HTTP layer maps codes to statuses in one place (platform's problem-details filter).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A named business rule: tests assert rules by name, refusals carry the rule's code. */
export interface BusinessRule {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  /** The input field at fault, for rules about one field (listed in the problem's `errors`). */
  readonly field?: string;
  isBroken(): boolean;
}

export class BusinessRuleViolation extends DomainError {
  constructor(readonly rule: BusinessRule) {
    super(rule.code, rule.message, rule.field ? { rule: rule.name, errors: [{ field: rule.field, message: rule.message }] } : { rule: rule.name });
  }
}

export function checkRule(rule: BusinessRule): void {
  if (rule.isBroken()) throw new BusinessRuleViolation(rule);
}

/** Builds a rule from a predicate that says when the rule is broken (and, for an input rule, the field it is about). */
export function rule(name: string, code: string, message: string, broken: () => boolean, field?: string): BusinessRule {
  return field ? { name, code, message, field, isBroken: broken } : { name, code, message, isBroken: broken };
}

/** The name of the rule `fn` breaks, or null when it runs through (what specs assert refusals by). */
export function brokenRule(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof BusinessRuleViolation) return error.rule.name;
    throw error;
  }
  return null;
}
