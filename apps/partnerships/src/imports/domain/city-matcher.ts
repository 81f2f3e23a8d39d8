import { exactKeys, gazetteerNames, namesAnArea, namesAPartOfACity, nameVariants, nameWords } from './city-names';
import { distanceKm } from '../../gazetteer/domain/distance';
import { isLongerForm, spellingDistance } from './name-likeness';

/** A city of the gazetteer, as much of it as matching needs. */
export interface GazetteerCity {
  id: string;
  name: string;
  altNames: readonly string[];
  countryCode: string;
  latitude: number;
  longitude: number;
  /** People living there (0 where GeoNames does not know): picks between records of one place. */
  population?: number;
}

/** One side of a row: the city cell, the countries it may be in, where the file places it. */
export interface CitySide {
  name: string;
  countryCodes: readonly string[];
  latitude: number;
  longitude: number;
}

/**
 * How a city was recognized: by its name, by one of its other names (an exonym such as
 * "Cologne" for Köln), by a spelling one or two letters away, or by a longer form of its name.
 */
export type MatchMethod = 'name' | 'other-name' | 'spelling' | 'longer-name';
export type CityMatch =
  | { matched: true; city: GazetteerCity; method: MatchMethod; distanceKm: number }
  | { matched: false; reason: string };

/**
 * How far from the file's coordinates a city may be. Lists geocode a municipality's
 * centroid or, now and then, its province's: a name shared with no other city of the
 * country is still taken a little further away; another of its names, or likeness of
 * names, only close by (GeoNames gives a municipality's name to villages of it, and a
 * district's to a town of the same name elsewhere: "Vaihingen" is a part of Stuttgart and
 * a town 26 km away). Records of the same name closer than `samePlaceKm` to each other are
 * one place recorded twice (GeoNames lists many a city and, beside it, the seat of its district).
 */
export const MATCH_TOLERANCES = { nameKm: 30, uniqueNameKm: 50, otherNameKm: 10, spellingKm: 10, longerNameKm: 5, samePlaceKm: 10 };

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.2;

interface Entry {
  city: GazetteerCity;
  words: string[][];
  keys: string[];
  /** The keys of the city's own name (not of its other names). */
  ownKeys: Set<string>;
}

interface CountryIndex {
  byKey: Map<string, Entry[]>;
  /** Sorted by latitude: the cities near a point are a slice of it. */
  byLatitude: Entry[];
}

/**
 * Finds the gazetteer city a file means, by name, country and coordinates. Never guesses:
 * a name shared by several cities is resolved by distance, likeness of names counts only
 * close to the given point, and anything else is reported with its reason.
 */
export class CityMatcher {
  private readonly countries = new Map<string, CountryIndex>();

  constructor(
    cities: Iterable<GazetteerCity>,
    private readonly tolerances = MATCH_TOLERANCES,
  ) {
    for (const city of cities) this.add(city);
    for (const index of this.countries.values()) index.byLatitude.sort((a, b) => a.city.latitude - b.city.latitude);
  }

  match(side: CitySide): CityMatch {
    const variants = nameVariants(side.name);
    if (!variants.length) return { matched: false, reason: 'city name is missing' };
    // The evidence closest to the file first: the city's own name, then a likeness close by,
    // then one of its other names (an exonym: "Cologne" is Köln), each within its tolerance.
    const byName = this.byName(side, variants, true);
    if (byName.matched) return byName;
    const byLikeness = namesAnArea(side.name) ? undefined : this.byLikeness(side, variants);
    if (byLikeness) return byLikeness;
    const byOtherName = this.byName(side, variants, false);
    if (byOtherName.matched) return byOtherName;
    const nearestKm = Math.min(byName.nearestKm ?? Infinity, byOtherName.nearestKm ?? Infinity);
    const where = `in ${side.countryCodes.join(' or ')} near ${side.latitude.toFixed(2)},${side.longitude.toFixed(2)}`;
    const nearest = nearestKm === Infinity ? '' : ` (the nearest city of that name is ${Math.round(nearestKm)} km away)`;
    const area = namesAnArea(side.name) ? ': it looks like an area or a district, not a city' : '';
    return { matched: false, reason: `no city named "${side.name.trim()}" ${where}${nearest}${area}` };
  }

  private add(city: GazetteerCity): void {
    let index = this.countries.get(city.countryCode);
    if (!index) this.countries.set(city.countryCode, (index = { byKey: new Map(), byLatitude: [] }));
    const names = gazetteerNames(city.name, city.altNames);
    const ownKeys = new Set(gazetteerNames(city.name, []).flatMap(exactKeys));
    const entry: Entry = { city, words: names.map(nameWords), keys: [...new Set(names.flatMap(exactKeys))], ownKeys };
    for (const key of entry.keys) {
      const entries = index.byKey.get(key);
      if (entries) entries.push(entry);
      else index.byKey.set(key, [entry]);
    }
    index.byLatitude.push(entry);
  }

  /**
   * The nearest city known by that name, within the tolerances; else how far the nearest
   * one is. By its own name (`own`) or else by one of its other names: GeoNames gives a
   * place's old or local names to its neighbours too ("Xuzhou" is also a name of Tongshan
   * next door), so another name counts only where no city of that very name is close enough.
   */
  private byName(side: CitySide, variants: string[], own: boolean): Extract<CityMatch, { matched: true }> | { matched: false; nearestKm?: number } {
    let nearestKm: number | undefined;
    for (const variant of variants) {
      const keys = exactKeys(variant);
      const candidates = new Set<Entry>();
      for (const code of side.countryCodes) {
        for (const key of keys) {
          for (const entry of this.countries.get(code)?.byKey.get(key) ?? []) {
            if (keys.some((k) => entry.ownKeys.has(k)) === own) candidates.add(entry);
          }
        }
      }
      if (!candidates.size) continue;
      const ranked = [...candidates].map((entry) => ({ entry, km: this.distance(side, entry) })).sort((a, b) => a.km - b.km);
      const nearest = ranked[0]!;
      const { uniqueNameKm, nameKm, otherNameKm } = this.tolerances;
      const limit = !own ? otherNameKm : ranked.length === 1 ? uniqueNameKm : nameKm;
      if (nearest.km > limit) {
        nearestKm = Math.min(nearestKm ?? Infinity, nearest.km);
        continue;
      }
      // The nearest record of the name, or the populated record of the same place beside it;
      // by another name, the most populous place close enough: exonyms name the notable place.
      const eligible = ranked.filter(({ entry, km }) => (own ? distanceKm(entry.city, nearest.entry.city) <= this.tolerances.samePlaceKm : km <= limit));
      const best = eligible.reduce((a, b) => ((b.entry.city.population ?? 0) > (a.entry.city.population ?? 0) ? b : a));
      return { matched: true, city: best.entry.city, method: own ? 'name' : 'other-name', distanceKm: best.km };
    }
    return { matched: false, nearestKm };
  }

  /**
   * A spelling one or two letters away ("Feodosia"/"Feodosiya"), or a longer form of the
   * same name ("Acapulco"/"Acapulco de Juárez"), very close to the given point.
   */
  private byLikeness(side: CitySide, variants: string[]): CityMatch | undefined {
    let best: { entry: Entry; km: number; edits: number; method: MatchMethod } | undefined;
    const rank = (m: { km: number; edits: number; method: MatchMethod }) => (m.method === 'spelling' ? m.edits : 10) * 1000 + m.km;
    const rowKeys = variants.flatMap(exactKeys);
    // Parts of cities are often compounds of another city's name ("Mainz-Kostheim" is in Wiesbaden).
    const rowWords = namesAPartOfACity(side.name) ? [] : variants.map(nameWords);
    for (const entry of this.near(side, Math.max(this.tolerances.spellingKm, this.tolerances.longerNameKm))) {
      const km = this.distance(side, entry);
      const edits = km <= this.tolerances.spellingKm ? spellingDistance(rowKeys, entry.keys) : undefined;
      const candidate =
        edits !== undefined
          ? { entry, km, edits, method: 'spelling' as const }
          : km <= this.tolerances.longerNameKm && rowWords.some((words) => entry.words.some((other) => isLongerForm(words, other)))
            ? { entry, km, edits: 0, method: 'longer-name' as const }
            : undefined;
      if (candidate && (!best || rank(candidate) < rank(best))) best = candidate;
    }
    // The very same key is one of the city's other names, close by.
    const method = best?.method === 'spelling' && best.edits === 0 ? 'other-name' : best?.method;
    return best && method && { matched: true, city: best.entry.city, method, distanceKm: best.km };
  }

  private *near(side: CitySide, km: number): Iterable<Entry> {
    const span = km / KM_PER_DEGREE;
    for (const code of side.countryCodes) {
      const entries = this.countries.get(code)?.byLatitude ?? [];
      let low = 0;
      let high = entries.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (entries[mid]!.city.latitude < side.latitude - span) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < entries.length && entries[i]!.city.latitude <= side.latitude + span; i++) yield entries[i]!;
    }
  }

  private distance(side: CitySide, entry: Entry): number {
    return distanceKm(side, entry.city);
  }
}
