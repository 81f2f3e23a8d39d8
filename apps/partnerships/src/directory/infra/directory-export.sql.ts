import type { DirectorySort } from '@scn/contracts';
import type { DirectoryCriteria } from '../domain/directory-criteria';
import { entryColumns, MEMBER_PROGRAM_JOIN, type DirectoryEntryRow } from './directory-entry.row';
import { hitsSql, type HitSource } from './directory-hits';
import { keysetAfter, keysetOrderBy, keyValuesSql } from './directory-sort';
import { SqlParams, type SqlQuery } from './sql-query';

/** An exported row: the entry and its sort key values (k0, k1, …: what the next cursor carries). */
export type ExportRow = DirectoryEntryRow & Record<`k${number}`, string>;

/**
 * The next `limit` hits after `after` (the key values of the last row sent) in the sort
 * order: keyset paging, so rows added or removed between chunks never shift the others.
 */
export function exportChunkSql(
  source: HitSource,
  criteria: DirectoryCriteria,
  sort: DirectorySort,
  after: string[] | null,
  limit: number,
): SqlQuery {
  const params = new SqlParams();
  const hits = hitsSql(source, criteria, params);
  const keyset = after ? `WHERE ${keysetAfter(sort, 'hits', after, params)}` : '';
  return params.query(
    `WITH hits AS (${hits}) SELECT ${entryColumns('hits')}, ${keyValuesSql(sort, 'hits')} FROM hits ${MEMBER_PROGRAM_JOIN('hits')} ` +
      `${keyset} ${keysetOrderBy(sort, 'hits')} LIMIT ${params.add(limit, 'int')}`,
  );
}
