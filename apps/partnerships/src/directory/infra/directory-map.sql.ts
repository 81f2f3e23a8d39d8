import { SqlParams, type SqlQuery } from './sql-query';

// The world map's aggregates (issue #15): the database groups the partnerships in force, so
// the map gets a few hundred country pairs instead of every partnership.

const IN_FORCE = `p.status = 'active'`;
const BOTH_CITIES = 'partnerships p JOIN cities mc ON mc.id = p.member_city_id JOIN cities pc ON pc.id = p.partner_city_id';

export interface CountryLinkRow {
  from: string;
  to: string;
  count: number;
}

export interface CountryPositionRow {
  countryCode: string;
  latitude: number;
  longitude: number;
}

export interface CityLinkRow {
  m_id: string;
  m_name: string;
  m_cc: string;
  m_lat: number;
  m_lon: number;
  p_id: string;
  p_name: string;
  p_cc: string;
  p_lat: number;
  p_lon: number;
  /** Rows before the LIMIT (the same on every row). */
  total: number;
}

/** Partnerships in force by member country and partner country. */
export function countryLinksSql(): SqlQuery {
  return new SqlParams().query(
    `SELECT mc.country_code::text AS "from", pc.country_code::text AS "to", count(*)::int AS count FROM ${BOTH_CITIES} WHERE ${IN_FORCE} GROUP BY 1, 2`,
  );
}

/**
 * Where each country's marker goes: the mean position of its cities that have a
 * partnership in force (each city once), which lands where its partnerships are rather
 * than at a geometric centre.
 */
export function countryPositionsSql(): SqlQuery {
  return new SqlParams().query(
    'SELECT country_code::text AS "countryCode", avg(latitude)::float8 AS latitude, avg(longitude)::float8 AS longitude FROM cities c ' +
      `WHERE c.id IN (SELECT p.member_city_id FROM partnerships p WHERE ${IN_FORCE} UNION SELECT p.partner_city_id FROM partnerships p WHERE ${IN_FORCE}) ` +
      'GROUP BY 1',
  );
}

/** The partnerships in force with a city in `country`, both cities with their position, at most `limit`, and how many there are. */
export function cityLinksSql(country: string, limit: number): SqlQuery {
  const params = new SqlParams();
  const code = params.add(country, 'bpchar');
  return params.query(
    'SELECT mc.id AS m_id, mc.name AS m_name, mc.country_code::text AS m_cc, mc.latitude AS m_lat, mc.longitude AS m_lon, ' +
      'pc.id AS p_id, pc.name AS p_name, pc.country_code::text AS p_cc, pc.latitude AS p_lat, pc.longitude AS p_lon, ' +
      `count(*) OVER ()::int AS total FROM ${BOTH_CITIES} WHERE ${IN_FORCE} AND (mc.country_code = ${code} OR pc.country_code = ${code}) ` +
      `ORDER BY mc.search_name, pc.search_name, p.id LIMIT ${params.add(limit, 'int')}`,
  );
}
