import { Inject, Injectable } from '@nestjs/common';
import { DIRECTORY_DEFAULT_STATUSES, type DirectoryExportChunk, type RpcParsedRequest } from '@scn/contracts';
import { toCriteria } from '../../domain/directory-criteria';
import { decodeExportCursor, encodeExportCursor } from '../../domain/export-cursor';
import { exportChunkSql, type ExportRow } from '../../infra/directory-export.sql';
import { keyCount } from '../../infra/directory-sort';
import { SQL_RUNNER } from '../../infra/pool-sql-runner';
import type { SqlRunner } from '../../infra/sql-query';
import { csvHeader, csvWithin } from './directory-csv';

export type ExportDirectoryQuery = RpcParsedRequest<'directory.export'>;

/**
 * Most CSV bytes one reply carries: with the JSON envelope it stays well under NATS's
 * 1 MB message limit however long the names are (a chunk ends early instead).
 */
export const EXPORT_CHUNK_BYTES = 800_000;

/** One chunk of the directory as CSV (the first with the header row); the gateway chains them by cursor. */
@Injectable()
export class ExportDirectoryHandler {
  constructor(@Inject(SQL_RUNNER) private readonly run: SqlRunner) {}

  async execute(query: ExportDirectoryQuery, budgetBytes = EXPORT_CHUNK_BYTES): Promise<DirectoryExportChunk> {
    const keys = keyCount(query.sort);
    const after = query.cursor ? decodeExportCursor(query.cursor, query.sort, keys) : null;
    const header = after ? '' : csvHeader();
    const criteria = toCriteria(query, DIRECTORY_DEFAULT_STATUSES);
    if (criteria.matchesNothing) return { csv: header, rows: 0, nextCursor: null };

    const source = criteria.cityConditions.length > 0 ? 'driven' : 'joined';
    // One row more than asked tells whether another chunk follows.
    const rows = await this.run<ExportRow>(exportChunkSql(source, criteria, query.sort, after, query.limit + 1));
    const wanted = rows.slice(0, query.limit);
    const { csv, count } = csvWithin(header, wanted, budgetBytes);
    const last = wanted[count - 1];
    const more = count < rows.length;
    return {
      csv,
      rows: count,
      nextCursor: more && last ? encodeExportCursor(query.sort, Array.from({ length: keys }, (_, i) => last[`k${i}`])) : null,
    };
  }
}
