import type { DescribeViolation } from '../forms/validation-message';
import type { components } from './api-types.generated';

/** An RFC 9457 problem document, as the gateway answers every error. */
export type Problem = components['schemas']['Problem'];

/** An answer of the API that is an error: its problem document travels with it. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** The request never got an answer: the network or the gateway is out of reach. */
export class ConnectionLost extends Error {
  constructor(cause?: unknown) {
    super('The connection to the server was lost', { cause });
    this.name = 'ConnectionLost';
  }
}

/** Anything an API call can fail with, turned into a problem document (so no page shows a raw error). */
export function asProblem(error: unknown): Problem {
  if (error instanceof ApiProblem) return error.problem;
  if (looksLikeProblem(error)) return error;
  return {
    type: 'about:blank',
    title: 'Unexpected error',
    status: 500,
    detail: error instanceof Error ? error.message : 'Something went wrong.',
    code: 'CONSOLE.UNEXPECTED',
    correlationId: '',
  };
}

export function looksLikeProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string' && typeof candidate.code === 'string';
}

/**
 * A problem's field errors by form field, each said by `describe` (`useDescribeViolation`:
 * in the viewer's language, from the error's rule and params). The gateway names a field by
 * the part of the request and its path (`body.email`, `body.grants.0.role`,
 * `query.country`); a form knows its fields by the path alone, so the part is dropped. The
 * first error of a field wins (a form shows one message per field).
 */
export function fieldErrors(problem: Problem, describe: DescribeViolation, part: 'body' | 'query' = 'body'): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const violation of problem.errors ?? []) {
    const prefix = `${part}.`;
    if (!violation.field.startsWith(prefix)) continue;
    const field = violation.field.slice(prefix.length);
    byField[field] ??= describe({ ...violation, field });
  }
  return byField;
}
