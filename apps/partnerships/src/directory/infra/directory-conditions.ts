import type { CityCondition, DirectoryCriteria } from '../domain/directory-criteria';
import type { SqlParams } from './sql-query';

/** A condition on the city row under the alias it is given. */
export type CityPredicate = (alias: string) => string;

/**
 * The SQL of one city condition. Each placeholder is added once and reused for both
 * sides. Text is matched against the gazetteer's normalized `search_name` (trigram
 * index for "contains", btree prefix otherwise) and its alternate spellings.
 */
export function cityPredicate(condition: CityCondition, params: SqlParams): CityPredicate {
  switch (condition.kind) {
    case 'city': {
      const id = params.add(condition.cityId, 'text');
      return (a) => `${a}.id = ${id}`;
    }
    case 'text': {
      const pattern = params.add(condition.match === 'contains' ? `%${condition.text}%` : `${condition.text}%`, 'text');
      const spelling = params.add(condition.text, 'text');
      const countries = condition.countries.length ? params.add(condition.countries, 'bpchar[]') : undefined;
      return (a) =>
        `(${a}.search_name LIKE ${pattern} OR ${a}.alt_names @> ARRAY[${spelling}]` +
        `${countries ? ` OR ${a}.country_code = ANY(${countries})` : ''})`;
    }
    case 'region': {
      const region = params.add(condition.region, 'text');
      const country = condition.country ? params.add(condition.country, 'bpchar') : undefined;
      return (a) => `(${a}.region_code = ${region}${country ? ` AND ${a}.country_code = ${country}` : ''})`;
    }
    case 'country': {
      const country = params.add(condition.country, 'bpchar');
      return (a) => `${a}.country_code = ${country}`;
    }
  }
}

/** The conditions on the partnership row itself (alias `p`): status, kind, member program, start years. */
export function partnershipPredicates(criteria: DirectoryCriteria, params: SqlParams): string[] {
  const predicates = [`p.status = ANY(${params.add(criteria.statuses, '"PartnershipStatus"[]')})`];
  if (criteria.kinds) predicates.push(`p.kind = ANY(${params.add(criteria.kinds, '"PartnershipKind"[]')})`);
  if (criteria.memberProgramId) predicates.push(`p.member_program_id = ${params.add(criteria.memberProgramId, 'uuid')}`);
  const years = criteria.startYears;
  // Half-open date ranges keep `partnerships_start_date_idx` usable.
  if (years?.from != null) predicates.push(`p.start_date >= ${params.add(`${years.from}-01-01`, 'date')}`);
  if (years?.to != null) predicates.push(`p.start_date < ${params.add(`${years.to + 1}-01-01`, 'date')}`);
  return predicates;
}

/** A condition that holds when it holds for either city (aliases of the member and partner city). */
export const eitherSide = (predicate: CityPredicate, member: string, partner: string) =>
  `(${predicate(member)} OR ${predicate(partner)})`;
