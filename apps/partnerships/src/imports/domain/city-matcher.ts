import { exactKeys, gazetteerNames, looserNameForms, namesAnArea, namesAPartOfACity, nameVariants, nameWords, regionInCell } from './city-names';
import { byPopulation, chooseByEvidence, describeCity, type ChoiceEvidence } from './name-evidence';
import { distanceKm, type Coordinates } from '../../gazetteer/domain/distance';
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
  /** First-level division (GeoNames admin1 code), where known. */
  regionCode?: string | null;
  /** Where the city comes from: `geonames`, `staff`, or `import` (added by an import from its file). */
  source?: string;
}

/** One side of a row: the city cell, the countries it may be in, where the file places it. */
export interface CitySide {
  name: string;
  countryCodes: readonly string[];
  /** Parts of those countries with codes of their own (Réunion for France): searched too, not named in reasons. */
  partCodes?: readonly string[];
  latitude: number;
  longitude: number;
}

/** One side of a row without coordinates: the city cell, the countries, and the region the file gives, if any. */
export interface NamedSide {
  name: string;
  countryCodes: readonly string[];
  partCodes?: readonly string[];
  /** The region column's cell (a state, a province…), or the part of the city cell after a comma. */
  region?: string;
}

/**
 * A side matched by its name alone: the place, and when the name fits several, the
 * evidence that chose it and every candidate (most populous first) — or, when nothing
 * tells them apart, the candidates (`ambiguous`).
 */
export type NameMatch =
  | { matched: true; city: GazetteerCity; method: 'name' | 'other-name'; evidence: ChoiceEvidence; candidates: GazetteerCity[] }
  | { matched: false; reason: string; ambiguous?: GazetteerCity[] };

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
/** Height of the latitude bands a country's cities are kept in (a search near a point reads one or two). */
const BAND_DEGREES = 1;

interface Entry {
  city: GazetteerCity;
  /** The words of each name it is known by (`gazetteerNames`), worked out when a likeness needs them. */
  words?: string[][];
  /** The keys of its names: those of its own name first, then those of its other names. */
  keys: string[];
  /** How many of `keys` are its own name's (not another name's): one or two. */
  ownKeyCount: number;
  /**
   * Among cities of one latitude, which comes first when the cities near a point are listed
   * (south to north): the gazetteer's in the order read, a city included later before them.
   */
  order: number;
}

interface CountryIndex {
  byKey: Map<string, Entry[]>;
  /**
   * The cities by band of BAND_DEGREES of latitude, each band sorted by longitude: the
   * cities near a point are a slice of a band or two (the whole country's band of latitude
   * was read before: most of an import's time in the densest countries).
   */
  bands: Map<number, Entry[]>;
  /** The box around the country's cities (one with cities on both sides of the antimeridian spans every longitude). */
  box: { south: number; north: number; west: number; east: number };
}

/** Cities by country: the gazetteer's own (GeoNames', staff's), or those imports added. */
type Tier = Map<string, CountryIndex>;
type NoMatch = { matched: false; nearestKm?: number };

/**
 * Finds the gazetteer city a file means, by name, country and coordinates. Never guesses:
 * a name shared by several cities is resolved by distance, likeness of names counts only
 * close to the given point, and anything else is reported with its reason.
 *
 * Cities imports added from their files (source `import`) are looked at only when no city
 * of GeoNames or staff matches: a file's city fills a gap and never takes a row from a
 * place of the gazetteer, so adding cities never changes how a row matched before.
 */
export class CityMatcher {
  private readonly reference: Tier = new Map();
  private readonly added: Tier = new Map();
  /** The next entry's `order`: counts up while built, down for the cities included later. */
  private nextOrder = 0;
  private includedOrder = 0;

  constructor(
    cities: Iterable<GazetteerCity>,
    private readonly tolerances = MATCH_TOLERANCES,
  ) {
    for (const city of cities) this.add(city, this.nextOrder++);
    for (const tier of [this.reference, this.added]) {
      for (const index of tier.values()) for (const band of index.bands.values()) band.sort((a, b) => a.city.longitude - b.city.longitude);
    }
  }

  /**
   * Adds a city after construction (one an import adds to the gazetteer): rows read after
   * it match it as a second import of the same file will.
   */
  include(city: GazetteerCity): void {
    const { entry, band } = this.add(city, --this.includedOrder);
    band.pop();
    band.splice(firstAtOrEastOf(band, city.longitude), 0, entry);
  }

  /** The city nearest to a point in one of the countries, if one (that `accept`s) is within `withinKm`. */
  nearest(
    point: Coordinates,
    countryCodes: readonly string[],
    withinKm: number,
    accept: (city: GazetteerCity) => boolean = () => true,
  ): { city: GazetteerCity; distanceKm: number } | undefined {
    let best: { city: GazetteerCity; distanceKm: number } | undefined;
    for (const tier of [this.reference, this.added]) {
      for (const { city } of this.near(tier, point, countryCodes, withinKm)) {
        if (!accept(city)) continue;
        const km = distanceKm(point, city);
        if (km <= withinKm && (!best || km < best.distanceKm)) best = { city, distanceKm: km };
      }
    }
    return best;
  }

  /** The countries with a place (that `accept`s) within `withinKm` of a point. */
  countriesNear(point: Coordinates, withinKm: number, accept: (city: GazetteerCity) => boolean = () => true): string[] {
    const span = withinKm / KM_PER_DEGREE;
    const lngSpan = longitudeSpan(point.latitude, span);
    const near = new Set<string>();
    for (const tier of [this.reference, this.added]) {
      for (const [code, { box }] of tier) {
        // Most countries are far away: their box says so without looking at a city.
        if (near.has(code) || point.latitude < box.south - span || point.latitude > box.north + span) continue;
        // Across the antimeridian only from a point within reach of it.
        const nearAntimeridian = Math.abs(point.longitude) + lngSpan >= 180;
        if (!nearAntimeridian && (point.longitude < box.west - lngSpan || point.longitude > box.east + lngSpan)) continue;
        for (const { city } of this.near(tier, point, [code], withinKm)) {
          if (accept(city) && distanceKm(point, city) <= withinKm) {
            near.add(code);
            break;
          }
        }
      }
    }
    return [...near].sort();
  }

  match(side: CitySide): CityMatch {
    const variants = nameVariants(side.name);
    if (!variants.length) return { matched: false, reason: 'city name is missing' };
    const inGazetteer = this.matchIn(this.reference, side, variants);
    if (inGazetteer.matched) return inGazetteer;
    const inAdded = this.added.size ? this.matchIn(this.added, side, variants) : { matched: false as const };
    if (inAdded.matched) return inAdded;
    const nearestKm = Math.min(inGazetteer.nearestKm ?? Infinity, inAdded.nearestKm ?? Infinity);
    const where = `in ${side.countryCodes.join(' or ')} near ${side.latitude.toFixed(2)},${side.longitude.toFixed(2)}`;
    const nearest = nearestKm === Infinity ? '' : ` (the nearest city of that name is ${Math.round(nearestKm)} km away)`;
    const area = namesAnArea(side.name) ? ': it looks like an area or a district, not a city' : '';
    return { matched: false, reason: `no city named "${side.name.trim()}" ${where}${nearest}${area}` };
  }

  /**
   * A side without coordinates, by name and country (issue #14): the places known by the
   * name (their own or another name: an exonym, a transliteration, a historic name such as
   * Bombay), records of one place merged; the looser forms of the name only when no place
   * bears it as written. One place is taken only on clear evidence (`chooseByEvidence`).
   * The cities imports added are looked at only when no place of GeoNames or staff has
   * the name.
   */
  matchByName(side: NamedSide): NameMatch {
    const variants = nameVariants(side.name);
    if (!variants.length) return { matched: false, reason: 'city name is missing' };
    const region = side.region?.trim() || regionInCell(side.name);
    const where = `in ${side.countryCodes.join(' or ')}${region ? ` (region "${region}")` : ''}`;
    for (const forms of [variants, [...new Set(variants.flatMap(looserNameForms))]]) {
      if (!forms.length) continue;
      for (const tier of [this.reference, this.added]) {
        const named = this.placesNamed(tier, side, forms);
        if (!named.length) continue;
        // A place's own name before another's other name (GeoNames gives old names of a place to others).
        const own = named.filter((place) => place.own);
        const places = own.length ? own : named;
        const choice = chooseByEvidence(places.map((place) => place.city), region);
        if (choice.chosen) {
          return { matched: true, city: choice.chosen, method: own.length ? 'name' : 'other-name', evidence: choice.evidence, candidates: choice.candidates };
        }
        const shown = choice.candidates.slice(0, 5).map(describeCity).join('; ');
        const more = choice.candidates.length > 5 ? `; and ${choice.candidates.length - 5} more` : '';
        return {
          matched: false,
          reason: `"${side.name.trim()}" is ambiguous: ${choice.candidates.length} places of the name ${where}, none clearly meant (${shown}${more})`,
          ambiguous: choice.candidates,
        };
      }
    }
    const area = namesAnArea(side.name) ? ': it looks like an area or a district, not a city' : '';
    return { matched: false, reason: `no city named "${side.name.trim()}" ${where}${area}` };
  }

  /**
   * The distinct places of a tier known by one of the names, in the side's countries: the
   * records of one name closer than `samePlaceKm` to each other are one place (its most
   * populous record), as for sides with coordinates.
   */
  private placesNamed(tier: Tier, side: NamedSide, names: string[]): Array<{ city: GazetteerCity; own: boolean }> {
    const found = new Map<Entry, boolean>();
    for (const name of names) {
      const keys = exactKeys(name);
      for (const code of searchedCodes(side)) {
        for (const key of keys) {
          for (const entry of tier.get(code)?.byKey.get(key) ?? []) {
            const own = keys.some((k) => isOwnKey(entry, k));
            found.set(entry, (found.get(entry) ?? false) || own);
          }
        }
      }
    }
    const records = [...found].map(([entry, own]) => ({ city: entry.city, own })).sort((a, b) => byPopulation(a.city, b.city));
    const places: Array<{ city: GazetteerCity; own: boolean }> = [];
    for (const record of records) {
      const same = places.find((place) => distanceKm(place.city, record.city) <= this.tolerances.samePlaceKm);
      if (same) same.own ||= record.own;
      else places.push({ ...record });
    }
    return places;
  }

  /**
   * The evidence closest to the file first: the city's own name, then a likeness close by,
   * then one of its other names (an exonym: "Cologne" is Köln), each within its tolerance.
   */
  private matchIn(tier: Tier, side: CitySide, variants: string[]): Extract<CityMatch, { matched: true }> | NoMatch {
    const byName = this.byName(tier, side, variants, true);
    if (byName.matched) return byName;
    const byLikeness = namesAnArea(side.name) ? undefined : this.byLikeness(tier, side, variants);
    if (byLikeness) return byLikeness;
    const byOtherName = this.byName(tier, side, variants, false);
    if (byOtherName.matched) return byOtherName;
    return { matched: false, nearestKm: Math.min(byName.nearestKm ?? Infinity, byOtherName.nearestKm ?? Infinity) };
  }

  private add(city: GazetteerCity, order: number): { entry: Entry; band: Entry[] } {
    const tier = city.source === 'import' ? this.added : this.reference;
    let index = tier.get(city.countryCode);
    if (!index) {
      const box = { south: city.latitude, north: city.latitude, west: city.longitude, east: city.longitude };
      tier.set(city.countryCode, (index = { byKey: new Map(), bands: new Map(), box }));
    }
    extendBox(index.box, city);
    // Each name normalized once: a file's countries hold ~200,000 cities and ~380,000 other
    // names, and building this index is most of an import's time (issue #16).
    const names = gazetteerNames(city.name, city.altNames);
    // The city's own names come first (gazetteerNames keeps their order), then its other names.
    const ownNames = gazetteerNames(city.name, []).length;
    const keys: string[] = [];
    let ownKeyCount = 0;
    names.forEach((name, i) => {
      for (const key of exactKeys(name)) if (!keys.includes(key)) keys.push(key);
      if (i === ownNames - 1) ownKeyCount = keys.length;
    });
    const entry: Entry = { city, keys, ownKeyCount, order };
    for (const key of entry.keys) {
      const entries = index.byKey.get(key);
      if (entries) entries.push(entry);
      else index.byKey.set(key, [entry]);
    }
    const bandNumber = Math.floor(city.latitude / BAND_DEGREES);
    let band = index.bands.get(bandNumber);
    if (!band) index.bands.set(bandNumber, (band = []));
    band.push(entry);
    return { entry, band };
  }

  /**
   * The nearest city known by that name, within the tolerances; else how far the nearest
   * one is. By its own name (`own`) or else by one of its other names: GeoNames gives a
   * place's old or local names to its neighbours too ("Xuzhou" is also a name of Tongshan
   * next door), so another name counts only where no city of that very name is close enough.
   */
  private byName(tier: Tier, side: CitySide, variants: string[], own: boolean): Extract<CityMatch, { matched: true }> | NoMatch {
    let nearestKm: number | undefined;
    for (const variant of variants) {
      const keys = exactKeys(variant);
      const candidates = new Set<Entry>();
      for (const code of searchedCodes(side)) {
        for (const key of keys) {
          for (const entry of tier.get(code)?.byKey.get(key) ?? []) {
            if (keys.some((k) => isOwnKey(entry, k)) === own) candidates.add(entry);
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
  private byLikeness(tier: Tier, side: CitySide, variants: string[]): CityMatch | undefined {
    let best: { entry: Entry; km: number; edits: number; method: MatchMethod } | undefined;
    const rank = (m: { km: number; edits: number; method: MatchMethod }) => (m.method === 'spelling' ? m.edits : 10) * 1000 + m.km;
    const rowKeys = variants.flatMap(exactKeys);
    // Parts of cities are often compounds of another city's name ("Mainz-Kostheim" is in Wiesbaden).
    const rowWords = namesAPartOfACity(side.name) ? [] : variants.map(nameWords);
    for (const entry of this.near(tier, side, searchedCodes(side), Math.max(this.tolerances.spellingKm, this.tolerances.longerNameKm))) {
      const km = this.distance(side, entry);
      const edits = km <= this.tolerances.spellingKm ? spellingDistance(rowKeys, entry.keys) : undefined;
      const candidate =
        edits !== undefined
          ? { entry, km, edits, method: 'spelling' as const }
          : km <= this.tolerances.longerNameKm && rowWords.some((words) => wordsOf(entry).some((other) => isLongerForm(words, other)))
            ? { entry, km, edits: 0, method: 'longer-name' as const }
            : undefined;
      if (candidate && (!best || rank(candidate) < rank(best))) best = candidate;
    }
    // The very same key is one of the city's other names, close by.
    const method = best?.method === 'spelling' && best.edits === 0 ? 'other-name' : best?.method;
    return best && method && { matched: true, city: best.entry.city, method, distanceKm: best.km };
  }

  /**
   * The cities of the countries in a box around the point that holds every city within `km`
   * (and some farther): country by country, south to north.
   */
  private near(tier: Tier, point: Coordinates, countryCodes: readonly string[], km: number): Entry[] {
    const span = km / KM_PER_DEGREE;
    const lngSpan = longitudeSpan(point.latitude, span);
    const south = point.latitude - span;
    const north = point.latitude + span;
    const found: Entry[] = [];
    for (const code of countryCodes) {
      const bands = tier.get(code)?.bands;
      if (!bands) continue;
      const fromCountry = found.length;
      for (let number = Math.floor(south / BAND_DEGREES); number <= Math.floor(north / BAND_DEGREES); number++) {
        const band = bands.get(number);
        if (!band) continue;
        for (const [west, east] of longitudeRanges(point.longitude, lngSpan)) {
          for (let i = firstAtOrEastOf(band, west); i < band.length && band[i]!.city.longitude <= east; i++) {
            const { latitude, longitude } = band[i]!.city;
            const gap = Math.abs(longitude - point.longitude);
            if (latitude >= south && latitude <= north && Math.min(gap, 360 - gap) <= lngSpan) found.push(band[i]!);
          }
        }
      }
      // South to north, as the callers take the first of equally near cities.
      const country = found.splice(fromCountry).sort((a, b) => a.city.latitude - b.city.latitude || a.order - b.order);
      for (const entry of country) found.push(entry);
    }
    return found;
  }

  private distance(side: CitySide, entry: Entry): number {
    return distanceKm(side, entry.city);
  }
}

/** The words of each of the city's names, worked out once, for the few cities a likeness is looked for in. */
function wordsOf(entry: Entry): string[][] {
  return (entry.words ??= gazetteerNames(entry.city.name, entry.city.altNames).map(nameWords));
}

/** Whether a key is one of the city's own name's (not only another name's). */
function isOwnKey(entry: Entry, key: string): boolean {
  for (let i = 0; i < entry.ownKeyCount; i++) if (entry.keys[i] === key) return true;
  return false;
}

/** The countries a side is looked for in: the file's, then their parts with codes of their own. */
function searchedCodes(side: Pick<NamedSide, 'countryCodes' | 'partCodes'>): readonly string[] {
  return side.partCodes?.length ? [...side.countryCodes, ...side.partCodes] : side.countryCodes;
}

function extendBox(box: CountryIndex['box'], { latitude, longitude }: Coordinates): void {
  box.south = Math.min(box.south, latitude);
  box.north = Math.max(box.north, latitude);
  box.west = Math.min(box.west, longitude);
  box.east = Math.max(box.east, longitude);
}

/** Degrees of longitude a distance of `latitudeSpan` degrees covers at a latitude (all of them near a pole). */
function longitudeSpan(latitude: number, latitudeSpan: number): number {
  const widest = Math.abs(latitude) + latitudeSpan;
  return widest >= 89 ? 180 : latitudeSpan / Math.cos((widest * Math.PI) / 180);
}

/**
 * The ranges of longitude within `lngSpan` of `longitude`, as [west, east] in -180…180: one,
 * or two across the antimeridian, or the whole circle. A hair wider than the span: the
 * exact test is the caller's (`near`).
 */
function longitudeRanges(longitude: number, lngSpan: number): Array<[number, number]> {
  const margin = 1e-9;
  const west = longitude - lngSpan - margin;
  const east = longitude + lngSpan + margin;
  if (lngSpan >= 180 || east - west >= 360) return [[-Infinity, Infinity]];
  if (west < -180) return [[-180 - margin, east], [west + 360, Infinity]];
  if (east > 180) return [[west, Infinity], [-Infinity, east - 360]];
  return [[west, east]];
}

/** Index of the first entry at or east of a longitude (entries sorted by longitude). */
function firstAtOrEastOf(entries: readonly Entry[], longitude: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid]!.city.longitude < longitude) low = mid + 1;
    else high = mid;
  }
  return low;
}
