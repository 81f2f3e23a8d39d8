import { Module } from '@nestjs/common';
import { DIRECTORY_CLOCK, type DirectoryClock } from './infra/directory-clock';
import { prismaSqlRunner } from './infra/prisma-sql-runner';
import { DirectoryStatisticsHandler } from './queries/directory-statistics/directory-statistics.handler';
import { DEFAULT_STATISTICS_TTL_MS, STATISTICS_TTL_MS } from './queries/directory-statistics/statistics-cache';
import { ExportDirectoryHandler } from './queries/export-directory/export-directory.handler';
import { SearchDirectoryHandler } from './queries/search-directory/search-directory.handler';
import { DirectoryRpcController } from './transport/directory.rpc-controller';

/**
 * The public directory of partnerships (issue #4): search, network statistics and CSV
 * export. Read-only raw SQL over partnerships and the gazetteer (see infra/directory-hits.ts).
 */
@Module({
  controllers: [DirectoryRpcController],
  providers: [
    prismaSqlRunner,
    { provide: DIRECTORY_CLOCK, useValue: (() => new Date()) satisfies DirectoryClock },
    { provide: STATISTICS_TTL_MS, useValue: DEFAULT_STATISTICS_TTL_MS },
    SearchDirectoryHandler,
    DirectoryStatisticsHandler,
    ExportDirectoryHandler,
  ],
})
export class DirectoryModule {}
