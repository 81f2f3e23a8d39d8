import { CITY_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { DomainError, type ErrorKind } from '@scn/platform';

type ProblemName = keyof typeof CITY_PROBLEMS;
const KIND_BY_STATUS: Record<(typeof CITY_PROBLEMS)[ProblemName]['status'], ErrorKind> = {
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
};

/** Raises one of the gazetteer's problems (codes declared once, in the contracts). */
export function cityError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  const problem = CITY_PROBLEMS[name];
  return new DomainError(problem.code, KIND_BY_STATUS[problem.status], message ?? problem.description, details);
}

/** A city staff add is already there: the answer names it, so the client can use it instead. */
export function duplicateCity(existing: { id: string; name: string }, distanceKm: number): DomainError {
  return cityError(
    'duplicate',
    `${existing.name} (${existing.id}) is ${distanceKm.toFixed(1)} km away with the same name and country: use it instead`,
    [{ field: 'existingCityId', rule: 'duplicate', message: existing.id }],
  );
}
