/**
 * Key of an imported partnership: its two city ids in a fixed order, so the same pair
 * listed from either side, or imported again, is found instead of duplicated.
 */
export function importKeyOf(cityA: string, cityB: string): string {
  return [cityA, cityB].sort().join('|');
}
