import { IMPORT_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { DomainError, type ErrorKind } from '@scn/platform';

type ProblemName = keyof typeof IMPORT_PROBLEMS;
const KIND_BY_STATUS: Record<number, ErrorKind> = { 400: 'invalid', 403: 'forbidden', 404: 'not-found', 503: 'unavailable' };

/** Raises one of the import problems (codes declared once, in the contracts). */
export function importError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  const problem = IMPORT_PROBLEMS[name];
  return new DomainError(problem.code, KIND_BY_STATUS[problem.status]!, message ?? problem.description, details);
}
