import { IMPORT_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { problemError, type DomainError } from '@scn/platform/errors';

type ProblemName = keyof typeof IMPORT_PROBLEMS;
/** Raises one of the import problems (codes declared once, in the contracts). */
export function importError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  return problemError(IMPORT_PROBLEMS[name], message, details);
}
