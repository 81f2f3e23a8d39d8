import { distanceKm, type Coordinates } from './distance';

/** Two cities of the same name and country closer than this are taken for one. */
export const DUPLICATE_RADIUS_KM = 10;

export interface CityCandidate extends Coordinates {
  id: string;
  name: string;
}

/** The nearest candidate within the radius (candidates already share the name and country), if any. */
export function findDuplicate<C extends CityCandidate>(city: Coordinates, candidates: readonly C[]): { city: C; distanceKm: number } | undefined {
  let nearest: { city: C; distanceKm: number } | undefined;
  for (const candidate of candidates) {
    const distance = distanceKm(city, candidate);
    if (distance <= DUPLICATE_RADIUS_KM && (!nearest || distance < nearest.distanceKm)) nearest = { city: candidate, distanceKm: distance };
  }
  return nearest;
}
