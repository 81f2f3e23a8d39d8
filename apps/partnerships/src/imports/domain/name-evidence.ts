import { normalizeName } from '../../gazetteer/domain/normalize-name';
import type { GazetteerCity } from './city-matcher';
import { regionCodeOf } from './region-names';

// How a side without coordinates is told among the places of its name in its country
// (issue #14): a name is taken for one place only when the evidence is clear — the only
// place of the name, the only one in the region the file gives, or one far larger than
// every other. Otherwise the row is ambiguous, and its candidates are reported.

/** One place must have at least this many times the population of the next to be taken for the name. */
export const DOMINANT_POPULATION_RATIO = 10;

/** Why a place was taken among several of the name. */
export type ChoiceEvidence = 'only' | 'region' | 'population' | 'region-population';

export type NameChoice =
  | { chosen: GazetteerCity; evidence: ChoiceEvidence; candidates: GazetteerCity[] }
  | { chosen?: undefined; candidates: GazetteerCity[] };

/** Most populous first, then by id (a stable order for the report). */
export function byPopulation(a: GazetteerCity, b: GazetteerCity): number {
  return (b.population ?? 0) - (a.population ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether a city is in the region the file names (by the region's code or, where known, its name). */
export function inRegion(city: GazetteerCity, region: string): boolean {
  if (!city.regionCode) return false;
  const wanted = normalizeName(region);
  if (!wanted) return false;
  if (normalizeName(city.regionCode) === wanted) return true;
  return regionCodeOf(city.countryCode, region) === city.regionCode;
}

/**
 * The place a name means among `candidates` (distinct places: records of one place are
 * merged before), or none when the evidence is not clear:
 * - the only candidate;
 * - the only one in the given region (several there: the rule below among them);
 * - one with at least `DOMINANT_POPULATION_RATIO` times the population of every other.
 */
export function chooseByEvidence(candidates: readonly GazetteerCity[], region?: string): NameChoice {
  const all = [...candidates].sort(byPopulation);
  if (all.length === 1) return { chosen: all[0]!, evidence: 'only', candidates: all };
  if (!all.length) return { candidates: all };
  const inTheRegion = region?.trim() ? all.filter((city) => inRegion(city, region)) : [];
  if (inTheRegion.length === 1) return { chosen: inTheRegion[0]!, evidence: 'region', candidates: all };
  const pool = inTheRegion.length ? inTheRegion : all;
  const [first, second] = pool as [GazetteerCity, GazetteerCity];
  const top = first.population ?? 0;
  if (top > 0 && top >= DOMINANT_POPULATION_RATIO * (second.population ?? 0)) {
    return { chosen: first, evidence: inTheRegion.length ? 'region-population' : 'population', candidates: all };
  }
  return { candidates: all };
}

/** "chosen among 3 places named … : …" — the words of the report for a choice. */
export function describeChoice(name: string, choice: Extract<NameChoice, { chosen: GazetteerCity }>): string {
  const why = {
    only: 'the only place of the name',
    region: 'the only one in the region given',
    'region-population': `the region given, and ${DOMINANT_POPULATION_RATIO}× the population of the next there`,
    population: `at least ${DOMINANT_POPULATION_RATIO}× the population of the next`,
  }[choice.evidence];
  return `"${name}" chosen among ${choice.candidates.length} places of the name: ${describeCity(choice.chosen)} (${why})`;
}

/** A city as the report names it: name, id, region and population. */
export function describeCity(city: GazetteerCity): string {
  return `${city.name} (${city.id}, ${city.countryCode}${city.regionCode ? `-${city.regionCode}` : ''}, pop. ${city.population ?? 0})`;
}
