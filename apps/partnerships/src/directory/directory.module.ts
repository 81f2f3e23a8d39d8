import { Module } from '@nestjs/common';
import { poolSqlRunner } from './infra/pool-sql-runner';
import { GetDirectoryMapHandler } from './queries/get-directory-map/get-directory-map.handler';
import { GetDirectoryStatisticsHandler } from './queries/get-directory-statistics/get-directory-statistics.handler';
import { DEFAULT_STATISTICS_TTL_MS, STATISTICS_TTL_MS } from './queries/get-directory-statistics/statistics-cache';
import { ExportDirectoryHandler } from './queries/export-directory/export-directory.handler';
import { SearchDirectoryHandler } from './queries/search-directory/search-directory.handler';
import { DirectoryRpcController } from './transport/directory.rpc-controller';

/**
 * The public directory of partnerships (issue #4): search, network statistics, CSV
 * export and the world map's aggregates. Read-only raw SQL over partnerships and the gazetteer (see infra/directory-hits.ts).
 */
@Module({
  controllers: [DirectoryRpcController],
  providers: [
    poolSqlRunner,
    { provide: STATISTICS_TTL_MS, useValue: DEFAULT_STATISTICS_TTL_MS },
    SearchDirectoryHandler,
    GetDirectoryStatisticsHandler,
    ExportDirectoryHandler,
    GetDirectoryMapHandler,
  ],
})
export class DirectoryModule {}
