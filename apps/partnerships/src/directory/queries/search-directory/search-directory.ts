import { DIRECTORY_DEFAULT_STATUSES, type DirectoryPage, type DirectorySearchRequest } from '@scn/contracts';
import { toCriteria, type DirectoryCriteria } from '../../domain/directory-criteria';
import { toDirectoryEntry, type DirectoryEntryRow } from '../../infra/directory-entry.row';
import { countHitsSql, countOwnSql, pageWithTotalSql, walkPageSql, type PageWindow } from '../../infra/directory-search.sql';
import type { SqlRunner } from '../../infra/sql-query';

/** Without a city condition, up to this many partnerships are sorted in memory; more are walked in index order. */
export const SORT_IN_MEMORY_UP_TO = 1_000;

type Counted = { total: number };

/**
 * One page of the directory. The plan depends on the filters (see HitSource): with a
 * city condition (text, country, region, city), from the matching cities; without, a
 * count first, then a sort in memory of a small set or an index walk of a large one.
 * Shared by the service and the benchmark's bare baseline, so both run the same SQL.
 * `sortInMemoryUpTo` is there for the tests, which walk small sets too.
 */
export async function searchDirectory(
  run: SqlRunner,
  request: DirectorySearchRequest,
  sortInMemoryUpTo = SORT_IN_MEMORY_UP_TO,
): Promise<DirectoryPage> {
  const criteria = toCriteria(request, DIRECTORY_DEFAULT_STATUSES);
  const window = { sort: request.sort, limit: request.pageSize, offset: (request.page - 1) * request.pageSize };
  const page = (rows: DirectoryEntryRow[], total: number): DirectoryPage => ({
    items: rows.map(toDirectoryEntry),
    page: request.page,
    pageSize: request.pageSize,
    total,
  });
  if (criteria.matchesNothing) return page([], 0);

  if (criteria.cityConditions.length > 0) {
    const rows = await run<DirectoryEntryRow & Counted>(pageWithTotalSql('driven', criteria, window));
    if (rows[0]) return page(rows, rows[0].total);
    const total = window.offset > 0 ? ((await run<Counted>(countHitsSql('driven', criteria)))[0]?.total ?? 0) : 0;
    return page([], total);
  }

  const [counts] = await run<Counted & { dated: number }>(countOwnSql(criteria));
  const total = counts?.total ?? 0;
  if (total === 0 || window.offset >= total) return page([], total);
  if (total <= sortInMemoryUpTo) return page(await run<DirectoryEntryRow>(pageWithTotalSql('probed', criteria, window)), total);
  if (window.sort === 'startDate' || window.sort === '-startDate') return page(await walkByDate(run, criteria, window, counts?.dated ?? 0), total);
  return page(await run<DirectoryEntryRow>(walkPageSql(criteria, window)), total);
}

/**
 * A page in start date order: the dated partnerships by date, then the undated ones (last
 * either way) by city, each walked in its own index; a page may take the end of the
 * first and the start of the second.
 */
async function walkByDate(run: SqlRunner, criteria: DirectoryCriteria, window: PageWindow, dated: number) {
  const rows: DirectoryEntryRow[] = [];
  if (window.offset < dated) {
    const limit = Math.min(window.limit, dated - window.offset);
    rows.push(...(await run<DirectoryEntryRow>(walkPageSql(criteria, { ...window, limit }, 'known'))));
  }
  const remaining = window.limit - rows.length;
  if (remaining > 0) {
    const offset = Math.max(0, window.offset - dated);
    rows.push(...(await run<DirectoryEntryRow>(walkPageSql(criteria, { sort: 'city', limit: remaining, offset }, 'unknown'))));
  }
  return rows;
}
