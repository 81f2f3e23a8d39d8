import type { components } from '../../../api/api-types.generated';
import type { PartnershipImport, ReportedRow } from './imports-queries';

export type RowSide = 'member' | 'partner';
export type ImportSideCity = components['schemas']['PartnershipImportChooseCity'] | components['schemas']['PartnershipImportAddCity'];

/** A city typed in to be added to the gazetteer for a side (the inputs' text, as typed). */
export interface NewCity {
  name: string;
  countryCode: string;
  latitude: string;
  longitude: string;
}

/** What staff picked for one side: a candidate's id, or a city to add. */
export type SideChoice = { kind: 'choose'; cityId: string } | { kind: 'add'; city: NewCity };

/** The file's columns of each side's city, as the import was mapped (the API's defaults: `city1`, `city2`). */
export interface CityColumns {
  member: string;
  partner: string;
}
export const DEFAULT_CITY_COLUMNS: CityColumns = { member: 'city1', partner: 'city2' };

/**
 * The city columns of an import, as the API says it was mapped; an import from before the
 * API kept the mapping says nothing, and is read with the API's defaults.
 */
export const cityColumnsOf = (job: Pick<PartnershipImport, 'columns'>): CityColumns =>
  job.columns ? { member: job.columns.memberCity, partner: job.columns.partnerCity } : DEFAULT_CITY_COLUMNS;

/**
 * The sides of a row left for a person to decide: those whose name fits several places
 * and none was chosen. The report names a side by its file column: the member city's is
 * the one the import mapped to it.
 */
export function undecidedSides(row: ReportedRow, columns: CityColumns = DEFAULT_CITY_COLUMNS): Array<{ side: RowSide; cities: Array<components['schemas']['PartnershipImportCandidate']> }> {
  return (row.candidates ?? [])
    .filter((side) => side.chosenCityId === null)
    .map((side) => ({ side: side.column === columns.member ? 'member' : 'partner', cities: side.cities }));
}

/**
 * The side a reason names: the report starts it with the column of the city cell at fault
 * (`city1: country "Atlantis" is not known`); the member side when it names none.
 */
export function sideNamedByReason(reason: string, columns: CityColumns = DEFAULT_CITY_COLUMNS): RowSide {
  // The partner's column, as a whole word: `city2: …`, not `city20: …`.
  return reason.startsWith(columns.partner) && !/[\p{L}\p{N}_]/u.test(reason.charAt(columns.partner.length)) ? 'partner' : 'member';
}

/** The resolution's `sides` for the API from what was picked; a city to add keeps its text as typed, for the API to judge. */
export function resolutionSides(choices: Partial<Record<RowSide, SideChoice>>): ImportSideCity[] {
  return (Object.entries(choices) as Array<[RowSide, SideChoice | undefined]>).flatMap(([side, choice]): ImportSideCity[] => {
    if (!choice) return [];
    if (choice.kind === 'choose') return [{ action: 'choose', side, cityId: choice.cityId }];
    const { name, countryCode, latitude, longitude } = choice.city;
    return [{ action: 'add-city', side, city: { name: name.trim(), countryCode: countryCode.trim().toUpperCase(), latitude: coordinate(latitude), longitude: coordinate(longitude) } }];
  });
}

/** An empty box is no coordinate (sent as null, which the API refuses naming the field), not 0. */
const coordinate = (typed: string): number => (typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.')));
