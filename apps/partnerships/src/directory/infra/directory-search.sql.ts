import type { DirectorySort } from '@scn/contracts';
import type { DirectoryCriteria } from '../domain/directory-criteria';
import { partnershipPredicates } from './directory-conditions';
import { entryColumns, MEMBER_PROGRAM_JOIN } from './directory-entry.row';
import { hitsSql, type HitSource } from './directory-hits';
import { orderBy } from './directory-sort';
import { SqlParams, type SqlQuery } from './sql-query';

export interface PageWindow {
  sort: DirectorySort;
  limit: number;
  offset: number;
}

/**
 * How many partnerships pass their own conditions (status, kind, years), and how many of
 * them have a known start date: for criteria without city conditions.
 */
export function countOwnSql(criteria: DirectoryCriteria): SqlQuery {
  const params = new SqlParams();
  return params.query(
    'SELECT count(*)::int AS total, count(p.start_date)::int AS dated FROM partnerships p ' +
      `WHERE ${partnershipPredicates(criteria, params).join(' AND ')}`,
  );
}

/** How many partnerships a source finds (when a page past the end leaves no row to carry the total). */
export function countHitsSql(source: HitSource, criteria: DirectoryCriteria): SqlQuery {
  const params = new SqlParams();
  return params.query(`WITH hits AS (${hitsSql(source, criteria, params)}) SELECT count(*)::int AS total FROM hits`);
}

/**
 * One page of hits, each row carrying the total: the hits are collected once
 * (materialized), counted, sorted in memory. For sources whose hits are few.
 */
export function pageWithTotalSql(source: HitSource, criteria: DirectoryCriteria, window: PageWindow): SqlQuery {
  const params = new SqlParams();
  const hits = hitsSql(source, criteria, params);
  return params.query(
    `WITH hits AS MATERIALIZED (${hits}), ` +
      `page AS (SELECT * FROM hits ${orderBy(window.sort, 'hits')} LIMIT ${params.add(window.limit, 'int')} OFFSET ${params.add(window.offset, 'int')}) ` +
      `SELECT ${entryColumns('page')}, (SELECT count(*)::int FROM hits) AS total FROM page ${MEMBER_PROGRAM_JOIN('page')} ${orderBy(window.sort, 'page')}`,
  );
}

/**
 * One page of plain joins, sorted and limited in the same query, so PostgreSQL can walk
 * the sort's index (cities by name or country and name, partnerships by start date) and
 * stop after the page: fast on the first pages of large sets. No total (count it apart).
 * `startDate` keeps only the partnerships whose start date is known or unknown: a date
 * sort walks the dated ones by date, then the others by city name, each in its index
 * (walking them together would sort every undated partnership by name at once).
 */
export function walkPageSql(criteria: DirectoryCriteria, window: PageWindow, startDate?: 'known' | 'unknown'): SqlQuery {
  const params = new SqlParams();
  const hits = hitsSql('joined', criteria, params);
  const dated = startDate ? `WHERE hits.start_date IS ${startDate === 'known' ? 'NOT NULL' : 'NULL'} ` : '';
  return params.query(
    `WITH hits AS (${hits}) SELECT ${entryColumns('hits')} FROM hits ${MEMBER_PROGRAM_JOIN('hits')} ${dated}` +
      `${orderBy(window.sort, 'hits')} LIMIT ${params.add(window.limit, 'int')} OFFSET ${params.add(window.offset, 'int')}`,
  );
}
