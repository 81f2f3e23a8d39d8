import type { DirectoryCriteria } from '../domain/directory-criteria';
import { hitsSql, type HitSource } from './directory-hits';
import { SqlParams, type SqlQuery } from './sql-query';

export type StatisticsDimension = 'status' | 'partnerCountry' | 'memberCountry' | 'memberRegion' | 'decade' | 'activity';

/** One count of the statistics: `key` (and `sub`, the region under a country) within a dimension. */
export interface StatisticsRow {
  dimension: StatisticsDimension;
  key: string | null;
  sub: string | null;
  count: number;
}

/**
 * Every count of the statistics in one round trip, over the hits collected once.
 * `regionsOf`: the country whose member cities are counted by region (none: no regions).
 * `dormantBefore`: proposals older than this count as dormant.
 */
export function statisticsSql(source: HitSource, criteria: DirectoryCriteria, regionsOf: string | null, dormantBefore: Date): SqlQuery {
  const params = new SqlParams();
  const hits = hitsSql(source, criteria, params);
  const stale = params.add(dormantBefore.toISOString(), 'timestamptz');
  const count = 'count(*)::int AS count';
  const dimensions = [
    `SELECT 'status' AS dimension, status::text AS key, NULL::text AS sub, ${count} FROM hits GROUP BY 2`,
    `SELECT 'partnerCountry', p_cc::text, NULL, ${count} FROM hits GROUP BY 2`,
    `SELECT 'memberCountry', m_cc::text, NULL, ${count} FROM hits GROUP BY 2`,
    ...(regionsOf
      ? [`SELECT 'memberRegion', m_cc::text, m_rc, ${count} FROM hits WHERE m_cc = ${params.add(regionsOf, 'bpchar')} GROUP BY 2, 3`]
      : []),
    `SELECT 'decade', (extract(year FROM start_date)::int / 10 * 10)::text, NULL, ${count} FROM hits GROUP BY 2`,
    `SELECT 'activity', CASE WHEN status = 'active' THEN 'active' ` +
      `WHEN status = 'suspended' OR (status = 'proposed' AND created_at < ${stale}) THEN 'dormant' ` +
      `WHEN status = 'proposed' THEN 'pending' ELSE 'terminated' END, NULL, ${count} FROM hits GROUP BY 2`,
  ];
  return params.query(`WITH hits AS MATERIALIZED (${hits}) ${dimensions.join(' UNION ALL ')}`);
}
