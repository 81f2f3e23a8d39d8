import { alternateSpellings, normalizeName } from '../../gazetteer/domain/normalize-name';
import { distanceKm } from '../../gazetteer/domain/distance';
import { DUPLICATE_RADIUS_KM } from '../../gazetteer/domain/duplicate-city';
import type { CityMatcher, CitySide, GazetteerCity } from './city-matcher';
import { nameVariants } from './city-names';

/** A city an import adds to the gazetteer from a row of the file (population unknown: 0). */
export interface NewCity extends GazetteerCity {
  searchName: string;
  regionCode: string | null;
  timeZone: string | null;
}

/** A side the gazetteer lacks, as the file gives it: the city to add, or why it is not added. */
export type CityDraft = { added: true; city: NewCity } | { added: false; reason: string };

/**
 * Limits on what the file's coordinates must show before a city is added from them. A
 * point farther than `countryReachKm` from every place of the row's country (GeoNames' or
 * staff's: never one an import added, so a second import judges alike) is not in that
 * country: lists now and then give the wrong country ("Perth, United Kingdom" at Perth,
 * Australia). The region is the nearest place's, when that place is within `regionKm`
 * (first-level divisions are larger than that).
 */
export const NEW_CITY_LIMITS = { countryReachKm: 60, regionKm: 25 };

export interface MissingCityPorts {
  /** The IANA time zone at a point, or null. */
  timeZoneAt(latitude: number, longitude: number): string | null;
  /** A new city id (`import:<uuid>`). */
  newCityId(): string;
}

/**
 * Drafts the city a row names when the gazetteer has none: the name as the matcher read it
 * ("Taitō" out of "Tokyo – Taitō"), the file's coordinates, the country and region of the
 * nearest gazetteer place. Never from a blank name, a placeholder point (0,0), a point
 * outside the country, or a name a city just across a border bears.
 */
export class MissingCityDrafter {
  constructor(
    private readonly gazetteer: CityMatcher,
    private readonly ports: MissingCityPorts,
    private readonly limits = NEW_CITY_LIMITS,
  ) {}

  draft(side: CitySide): CityDraft {
    const name = nameVariants(side.name)[0];
    const searchName = name === undefined ? '' : normalizeName(name);
    if (name === undefined || !searchName) return { added: false, reason: 'the cell gives no name to add' };
    if (side.latitude === 0 && side.longitude === 0) return { added: false, reason: 'its coordinates 0,0 are a placeholder, not a place' };
    const codes = [...side.countryCodes, ...(side.partCodes ?? [])];
    const nearest = this.gazetteer.nearest(side, codes, this.limits.countryReachKm, isReference);
    if (!nearest) {
      return {
        added: false,
        reason: `its coordinates are more than ${this.limits.countryReachKm} km from every gazetteer place in ${side.countryCodes.join(' or ')}`,
      };
    }
    const namesake = this.namesakeAcrossBorder(side, codes);
    if (namesake) {
      const { city, distanceKm } = namesake;
      return {
        added: false,
        reason: `${city.name} (${city.id}) in ${city.countryCode}, ${Math.round(distanceKm)} km from its coordinates, has its name: the row's country looks wrong`,
      };
    }
    return {
      added: true,
      city: {
        id: this.ports.newCityId(),
        name,
        searchName,
        altNames: otherNamesOf(name, searchName),
        countryCode: nearest.city.countryCode,
        regionCode: nearest.distanceKm <= this.limits.regionKm ? (nearest.city.regionCode ?? null) : null,
        latitude: side.latitude,
        longitude: side.longitude,
        population: 0,
        source: 'import',
        timeZone: this.ports.timeZoneAt(side.latitude, side.longitude),
      },
    };
  }

  /**
   * A city of that name just across a border from the point ("Bruges, France" at Brugge,
   * Belgium): the row then gives the wrong country, and adding the city would put a
   * second Brugge in France.
   */
  private namesakeAcrossBorder(side: CitySide, codes: readonly string[]): { city: GazetteerCity; distanceKm: number } | undefined {
    const others = this.gazetteer.countriesNear(side, this.limits.countryReachKm, isReference).filter((code) => !codes.includes(code));
    if (!others.length) return undefined;
    const match = this.gazetteer.match({ name: side.name, countryCodes: others, latitude: side.latitude, longitude: side.longitude });
    return match.matched ? { city: match.city, distanceKm: match.distanceKm } : undefined;
  }
}

/** A place of the gazetteer, not one an import added: what a point is judged by. */
function isReference(city: GazetteerCity): boolean {
  return city.source !== 'import';
}

/** Two new cities are one place: the same name in the same country within 10 km (the rule for cities staff add). */
export function isSamePlace(a: NewCity, b: NewCity): boolean {
  return a.countryCode === b.countryCode && a.searchName === b.searchName && distanceKm(a, b) <= DUPLICATE_RADIUS_KM;
}

/** Searched by its umlaut transliteration too, and by each name of a bilingual one ("Biel/Bienne"). */
function otherNamesOf(name: string, searchName: string): string[] {
  const parts = name.includes('/') ? name.split('/').map(normalizeName) : [];
  return [...new Set([...alternateSpellings(name), ...parts])].filter((other) => other && other !== searchName);
}
