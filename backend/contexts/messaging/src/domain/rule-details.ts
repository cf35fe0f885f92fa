import { type BusinessRule, BusinessRuleViolation } from '@preau/kernel';

/** A rule whose refusal tells the client more than its name (the refused recipients, the limit reached). */
export interface RuleWithDetails extends BusinessRule {
  readonly details: Readonly<Record<string, unknown>>;
}

export function withDetails(rule: BusinessRule, details: Record<string, unknown>): RuleWithDetails {
  return { ...rule, details };
}

/**
 * The kernel's `checkRule`, with the rule's details added to the violation's (next to `rule`), so that
 * the problem-details filter answers them: e.g. `{ rule, refused: [...] }` on RECIPIENT_NOT_ALLOWED.
 */
export function checkRuleWithDetails(rule: RuleWithDetails): void {
  if (!rule.isBroken()) return;
  const violation = new BusinessRuleViolation(rule);
  Object.assign(violation.details, rule.details);
  throw violation;
}
