import { DIRECTORY_PROBLEMS } from '@scn/contracts';
import { DomainError } from '@scn/platform/errors';

/** An export cursor that was not issued for this sort order (or was tampered with). */
export function invalidExportCursor(): DomainError {
  const problem = DIRECTORY_PROBLEMS.invalidCursor;
  return new DomainError(problem.code, 'invalid', problem.description, [
    { field: 'cursor', rule: 'invalid_cursor', message: 'is not a cursor of this export' },
  ]);
}
