import type { ProblemDetails } from '@preau/contracts';
import { titleOf } from './error-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problem(status: number, code: string, detail: string, extensions: Record<string, unknown> = {}): ProblemDetails {
  return {
    type: `https://preau.org/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: titleOf(status),
    status,
    detail,
    code,
    ...extensions,
  };
}
