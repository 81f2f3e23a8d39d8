import { CITY_ID_PATTERN, MAX_STORED_INTEGER } from '@scn/contracts';
import { ValidationError } from '@scn/platform/errors';

/** Where a page of cities ends: search results are ordered by population (descending), then id. */
export interface CityPosition {
  population: number;
  id: string;
}

const POPULATION = /^(0|[1-9]\d{0,9})$/;

/** An opaque cursor: clients pass it back untouched, so the keyset behind it may change. */
export function encodeCityCursor(position: CityPosition): string {
  return Buffer.from(`${position.population}|${position.id}`, 'utf8').toString('base64url');
}

/** Reads a cursor back; anything not made by `encodeCityCursor` is a 400 naming `query.cursor`. */
export function decodeCityCursor(cursor: string): CityPosition {
  const [population, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  // A population the integer column cannot hold is no cursor this list gave out either.
  if (!population || !POPULATION.test(population) || Number(population) > MAX_STORED_INTEGER || !id || !CITY_ID_PATTERN.test(id) || rest.length) {
    throw new ValidationError([
      { field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list: pass back nextCursor as given' },
    ]);
  }
  return { population: Number(population), id };
}
