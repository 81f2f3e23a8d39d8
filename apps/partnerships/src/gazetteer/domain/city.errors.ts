import { CITY_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { problemError, type DomainError } from '@scn/platform/errors';

type ProblemName = keyof typeof CITY_PROBLEMS;
/** Raises one of the gazetteer's problems (codes declared once, in the contracts). */
export function cityError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  return problemError(CITY_PROBLEMS[name], message, details);
}

/** A city staff add is already there: the answer names it, so the client can use it instead. */
export function duplicateCity(existing: { id: string; name: string }, distanceKm: number): DomainError {
  return cityError(
    'duplicate',
    `${existing.name} (${existing.id}) is ${distanceKm.toFixed(1)} km away with the same name and country: use it instead`,
    // `message` is the city's id, as API clients read it; the params name the city for a client that words the rule itself.
    [{ field: 'existingCityId', rule: 'duplicate', message: existing.id, params: { cityId: existing.id, name: existing.name, distanceKm: Math.round(distanceKm * 10) / 10 } }],
  );
}
