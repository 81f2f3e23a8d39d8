import { PARTNERSHIP_KINDS, type ImportColumns } from '@scn/contracts';
import type { CityMatcher, CitySide, GazetteerCity } from './city-matcher';
import { describeChoice } from './name-evidence';
import type { CountryResolver } from './country-resolver';
import { importKeyOf } from './import-key';

export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** The places one side's name fitted: the chosen one (none when ambiguous) and all of them. */
export interface SideCandidates {
  column: string;
  chosen: GazetteerCity | null;
  cities: GazetteerCity[];
}

/**
 * What a row of the file comes to: a pair of gazetteer cities (with the choices made among
 * places of one name, each with its words for the report, and the optional columns), or
 * the reason it cannot be imported (`ambiguous` when all that stops it is names that fit
 * several places: their candidates).
 */
export type RowDecision =
  | {
      kind: 'pair';
      key: string;
      member: GazetteerCity;
      partner: GazetteerCity;
      partnershipKind: PartnershipKind;
      startYear: number | null;
      choices: SideCandidates[];
      notes: string[];
      programName: string | null;
      remarks: string | null;
    }
  | { kind: 'problem'; reason: string; ambiguous?: SideCandidates[] };

type Record = Readonly<{ [column: string]: string | undefined }>;
type SideColumns = { city: string; country: string; lat: string; lng: string; region?: string; coordinates: boolean };
type Failure = { matched?: false; reason: string };

/** Which sides of the file carry coordinates (a side without its two coordinate columns is matched by name). */
export interface SideCoordinates {
  member: boolean;
  partner: boolean;
}

/**
 * One side of a row as read: its gazetteer city, or why there is none. `reason` names the
 * column. When the cell, country and coordinates were all usable and only the gazetteer
 * lacks a match, `unmatched` holds the side as looked for (an import may add the city).
 */
export type SideReading =
  | { matched: true; city: GazetteerCity; choice?: { candidates: SideCandidates; note: string } }
  | { matched: false; column: string; reason: string; unmatched?: CitySide; ambiguous?: SideCandidates };

/** A row as read: its kind and start year (or why they are unusable) and both sides. */
export interface RowReading {
  kind: PartnershipKind | Failure;
  startYear: number | null | Failure;
  member: SideReading;
  partner: SideReading;
  /** The member program the row names (`memberProgram` column), and its notes. */
  programName?: string | null;
  remarks?: string | null;
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'reason' in value;
}

/** Spellings of the kind column, normalized (`sister city`, `Sister-City`, `twin town`…). */
const KIND_SPELLINGS: Readonly<{ [spelling: string]: PartnershipKind }> = {
  sister_city: 'sister_city',
  sister: 'sister_city',
  twin_town: 'sister_city',
  twin_city: 'sister_city',
  friendship_city: 'friendship_city',
  friendship: 'friendship_city',
  other: 'other',
};

/** Reads one row of the file with the column mapping and matches both of its cities. */
export class RowMatcher {
  private readonly member: SideColumns;
  private readonly partner: SideColumns;

  constructor(
    private readonly columns: ImportColumns,
    private readonly countries: CountryResolver,
    private readonly cities: CityMatcher,
    private readonly coordinates: SideCoordinates = { member: true, partner: true },
  ) {
    this.member = {
      city: columns.memberCity,
      country: columns.memberCountry,
      lat: columns.memberLat,
      lng: columns.memberLng,
      region: columns.memberRegion,
      coordinates: coordinates.member,
    };
    this.partner = {
      city: columns.partnerCity,
      country: columns.partnerCountry,
      lat: columns.partnerLat,
      lng: columns.partnerLng,
      region: columns.partnerRegion,
      coordinates: coordinates.partner,
    };
  }

  /** The same reading of rows against another gazetteer. */
  withCities(cities: CityMatcher): RowMatcher {
    return new RowMatcher(this.columns, this.countries, cities, this.coordinates);
  }

  decide(record: Record): RowDecision {
    return decisionOf(this.read(record));
  }

  /** Reads the row's fields and matches both sides, without deciding. */
  read(record: Record): RowReading {
    return {
      kind: this.kindOf(record),
      startYear: this.startYearOf(record),
      member: this.side(record, this.member),
      partner: this.side(record, this.partner),
      programName: this.optionalText(record, this.columns.memberProgram),
      remarks: this.optionalText(record, this.columns.notes),
    };
  }

  private optionalText(record: Record, column: string | undefined): string | null {
    const value = column ? (record[column] ?? '').trim() : '';
    return value || null;
  }

  /** A side without coordinates: by name, country and region (issue #14). */
  private namedSide(name: string, codes: readonly string[], partCodes: readonly string[], record: Record, columns: SideColumns): SideReading {
    const region = columns.region ? (record[columns.region] ?? '').trim() : undefined;
    const match = this.cities.matchByName({ name, countryCodes: codes, partCodes, ...(region && { region }) });
    if (match.matched) {
      if (match.candidates.length < 2) return { matched: true, city: match.city };
      const candidates = { column: columns.city, chosen: match.city, cities: match.candidates };
      return { matched: true, city: match.city, choice: { candidates, note: `${columns.city}: ${describeChoice(name, { chosen: match.city, evidence: match.evidence, candidates: match.candidates })}` } };
    }
    return {
      matched: false,
      column: columns.city,
      reason: `${columns.city}: ${match.reason}`,
      ...(match.ambiguous && { ambiguous: { column: columns.city, chosen: null, cities: match.ambiguous } }),
    };
  }

  private side(record: Record, columns: SideColumns): SideReading {
    const name = (record[columns.city] ?? '').trim();
    const fail = (reason: string, unmatched?: CitySide): SideReading => ({
      matched: false,
      column: columns.city,
      reason: `${columns.city}: ${reason}`,
      ...(unmatched && { unmatched }),
    });
    if (!name) return fail('city name is missing');
    const country = this.countries.resolve(record[columns.country] ?? '', name);
    if ('reason' in country) return fail(country.reason);
    if (!columns.coordinates) return this.namedSide(name, country.codes, country.partCodes, record, columns);
    const lat = (record[columns.lat] ?? '').trim();
    const lng = (record[columns.lng] ?? '').trim();
    if (!lat || !lng) return fail(`missing coordinates of "${name}"`);
    const latitude = Number(lat);
    const longitude = Number(lng);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return fail(`coordinates "${lat},${lng}" of "${name}" are not a latitude and longitude`);
    }
    const side: CitySide = { name, countryCodes: country.codes, partCodes: country.partCodes, latitude, longitude };
    const match = this.cities.match(side);
    return match.matched ? { matched: true, city: match.city } : fail(match.reason, side);
  }

  private kindOf(record: Record): PartnershipKind | Failure {
    if (!this.columns.kind) return 'sister_city';
    const value = (record[this.columns.kind] ?? '').trim();
    if (!value) return 'sister_city';
    const kind = KIND_SPELLINGS[value.toLowerCase().replace(/[\s-]+/g, '_')];
    return kind ?? { reason: `${this.columns.kind}: kind "${value}" is not one of ${PARTNERSHIP_KINDS.join(', ')}` };
  }

  private startYearOf(record: Record): number | null | Failure {
    if (!this.columns.startYear) return null;
    const value = (record[this.columns.startYear] ?? '').trim();
    if (!value) return null;
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (year >= 1000 && year <= new Date().getUTCFullYear()) return year;
    return { reason: `${this.columns.startYear}: "${value}" is not a past year` };
  }
}

/** A pair of two different cities, or every reason the row cannot be one (each naming its column). */
export function decisionOf({ kind, startYear, member, partner, programName = null, remarks = null }: RowReading): RowDecision {
  if (typeof kind !== 'string' || isFailure(startYear) || !member.matched || !partner.matched) {
    const failures = [kind, startYear, member, partner].filter(isFailure);
    const reasons = failures.map((failure) => failure.reason);
    // Ambiguous: all that stops the row is names that fit several places (a person may choose).
    const sides = [member, partner].filter((side): side is Extract<SideReading, { matched: false }> => !side.matched);
    const ambiguous = failures.length === sides.length && sides.every((side) => side.ambiguous) ? sides.map((side) => side.ambiguous!) : [];
    return { kind: 'problem', reason: reasons.join('; '), ...(ambiguous.length && { ambiguous }) };
  }
  if (member.city.id === partner.city.id) {
    return { kind: 'problem', reason: `both sides are the same city: ${member.city.name} (${member.city.id})` };
  }
  const key = importKeyOf(member.city.id, partner.city.id);
  const choices = [member.choice, partner.choice].filter((choice) => choice !== undefined);
  return {
    kind: 'pair',
    key,
    member: member.city,
    partner: partner.city,
    partnershipKind: kind,
    startYear,
    choices: choices.map((choice) => choice.candidates),
    notes: choices.map((choice) => choice.note),
    programName,
    remarks,
  };
}
