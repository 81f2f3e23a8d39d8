import type { DirectoryCriteria } from '../domain/directory-criteria';
import { cityPredicate, eitherSide, partnershipPredicates } from './directory-conditions';
import type { SqlParams } from './sql-query';

/**
 * How the partnerships matching the criteria are found. Each source yields the same
 * columns (`hitColumns`), so paging, export and statistics are written once over `hits`.
 *
 * - `driven`: from the cities matching the first city condition (trigram, country or
 *   city index) to their partnerships on either side (member/partner city indexes), one
 *   UNION ALL branch per side. Fast whatever the number of partnerships, as long as the
 *   condition is selective; needs at least one city condition.
 * - `probed`: every partnership passing its own conditions, each city looked up by id.
 *   For small result sets without a city condition.
 * - `joined`: plain joins, planned freely by PostgreSQL (hash joins over all cities on
 *   large sets; the ordered index walk of a first page).
 */
export type HitSource = 'driven' | 'probed' | 'joined';

/**
 * The columns of every hit row: the partnership's, then the member city's (`m_*`) and the
 * partner city's (`p_*`); `*_sort` are the normalized names the directory sorts by.
 */
const hitColumns = (member: string, partner: string) =>
  [
    'p.id', 'p.kind', 'p.status', 'p.start_date', 'p.focus_areas', 'p.member_program_id', 'p.created_at',
    `${member}.id AS m_id`, `${member}.name AS m_name`, `${member}.search_name AS m_sort`,
    `${member}.country_code AS m_cc`, `${member}.region_code AS m_rc`,
    `${partner}.id AS p_id`, `${partner}.name AS p_name`, `${partner}.search_name AS p_sort`,
    `${partner}.country_code AS p_cc`, `${partner}.region_code AS p_rc`,
  ].join(', ');

/**
 * The other city of a partnership, looked up by id (an index-only scan of
 * `cities_directory_probe_idx`). `OFFSET 0` keeps the subquery from being flattened into
 * a join: otherwise the planner, misjudging how few partnerships a city has, hashes the
 * whole gazetteer (135k rows) for a few hundred lookups.
 */
const probe = (alias: string, idColumn: string) =>
  `CROSS JOIN LATERAL (SELECT id, name, search_name, country_code, region_code, alt_names FROM cities WHERE id = ${idColumn} OFFSET 0) ${alias}`;

const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** The SQL (a SELECT, to be used as the `hits` CTE) of the partnerships matching `criteria`. */
export function hitsSql(source: HitSource, criteria: DirectoryCriteria, params: SqlParams): string {
  const own = partnershipPredicates(criteria, params);
  const conditions = criteria.cityConditions.map((condition) => cityPredicate(condition, params));
  switch (source) {
    case 'driven': {
      const [driver, ...others] = conditions;
      if (!driver) throw new Error('a driven search needs a city condition');
      const residual = (member: string, partner: string) => others.map((condition) => eitherSide(condition, member, partner));
      const byMember =
        `SELECT ${hitColumns('c', 'o')} FROM cities c JOIN partnerships p ON p.member_city_id = c.id ${probe('o', 'p.partner_city_id')} ` +
        where([driver('c'), ...own, ...residual('c', 'o')]);
      // A partnership whose two cities both match is found by the first branch only.
      const byPartner =
        `SELECT ${hitColumns('o', 'c')} FROM cities c JOIN partnerships p ON p.partner_city_id = c.id ${probe('o', 'p.member_city_id')} ` +
        where([driver('c'), `(${driver('o')}) IS NOT TRUE`, ...own, ...residual('o', 'c')]);
      return `${byMember} UNION ALL ${byPartner}`;
    }
    case 'probed':
      return (
        `SELECT ${hitColumns('mc', 'pc')} FROM partnerships p ${probe('mc', 'p.member_city_id')} ${probe('pc', 'p.partner_city_id')} ` +
        where([...own, ...conditions.map((condition) => eitherSide(condition, 'mc', 'pc'))])
      );
    case 'joined':
      return (
        `SELECT ${hitColumns('mc', 'pc')} FROM partnerships p ` +
        'JOIN cities mc ON mc.id = p.member_city_id JOIN cities pc ON pc.id = p.partner_city_id ' +
        where([...own, ...conditions.map((condition) => eitherSide(condition, 'mc', 'pc'))])
      );
  }
}
