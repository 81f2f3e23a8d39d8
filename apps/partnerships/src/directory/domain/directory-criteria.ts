import type { DirectoryStatisticsRequest, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '@scn/contracts';
import { ValidationError } from '@scn/platform/errors';
import { normalizeName } from '../../gazetteer/domain/normalize-name';
import { countriesNamedBy } from './country-names';

export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** A condition on a city that must hold for the member city or the partner city of a partnership. */
export type CityCondition =
  | { kind: 'city'; cityId: string }
  /** `text` is normalized like `cities.search_name`; `countries` are the ones the text names. */
  | { kind: 'text'; text: string; match: 'contains' | 'prefix'; countries: string[] }
  | { kind: 'region'; region: string; country: string | null }
  | { kind: 'country'; country: string };

/** The directory's filters, resolved: what the SQL builders work from. */
export interface DirectoryCriteria {
  /**
   * Each must hold on either side, not necessarily the same side ("München" and
   * country=US: München's partners in the US). Most selective first: the first one
   * drives the search.
   */
  cityConditions: CityCondition[];
  statuses: PartnershipStatus[];
  kinds: PartnershipKind[] | null;
  /** The member program the partnership belongs to; null: any (or none). */
  memberProgramId: string | null;
  /** Start year range, inclusive; null: no year filter (then unknown start dates match too). */
  startYears: { from: number | null; to: number | null } | null;
  /** True when the filters contradict each other (year=1990&since=2000): nothing matches. */
  matchesNothing: boolean;
}

/** Names shorter than this are matched by their start only (a trigram index needs three letters). */
export const CONTAINS_MIN_LENGTH = 3;

/** The filters every directory operation takes (the search and export add paging and sort). */
export type DirectoryFilters = DirectoryStatisticsRequest;

/** Resolves the request's filters; `defaultStatuses` apply when it names none. */
export function toCriteria(filters: DirectoryFilters, defaultStatuses: readonly PartnershipStatus[]): DirectoryCriteria {
  const cityConditions: CityCondition[] = [];
  if (filters.city) cityConditions.push({ kind: 'city', cityId: filters.city });
  const text = textCondition(filters.q);
  if (text) cityConditions.push(text);
  // A region is looked for in the country the request names (region codes repeat across countries).
  if (filters.region) cityConditions.push({ kind: 'region', region: filters.region, country: filters.country ?? null });
  else if (filters.country) cityConditions.push({ kind: 'country', country: filters.country });

  const from = maxOf(filters.year, filters.since);
  const to = minOf(filters.year, filters.until);
  return {
    cityConditions,
    statuses: [...new Set(filters.status ?? defaultStatuses)],
    kinds: filters.kind ? [...new Set(filters.kind)] : null,
    memberProgramId: filters.memberProgram ?? null,
    startYears: from === null && to === null ? null : { from, to },
    matchesNothing: from !== null && to !== null && from > to,
  };
}

function textCondition(q: string | undefined): CityCondition | undefined {
  if (q === undefined || q.trim() === '') return undefined;
  const text = normalizeName(q);
  if (!text) throw new ValidationError([{ field: 'query.q', rule: 'no_letters', message: 'must contain a letter or a digit' }]);
  return {
    kind: 'text',
    text,
    match: [...text].length >= CONTAINS_MIN_LENGTH ? 'contains' : 'prefix',
    countries: countriesNamedBy(q),
  };
}

const defined = (values: Array<number | undefined>) => values.filter((value): value is number => value !== undefined);
const maxOf = (...values: Array<number | undefined>) => (defined(values).length ? Math.max(...defined(values)) : null);
const minOf = (...values: Array<number | undefined>) => (defined(values).length ? Math.min(...defined(values)) : null);
