import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { DirectoryExportRequest, DirectorySearchRequest, DirectoryStatisticsRequest } from '@scn/contracts';
import { OnRpc } from '@scn/messaging';
import { DirectoryStatisticsHandler } from '../queries/directory-statistics/directory-statistics.handler';
import { ExportDirectoryHandler } from '../queries/export-directory/export-directory.handler';
import { SearchDirectoryHandler } from '../queries/search-directory/search-directory.handler';

/**
 * The public directory over request/reply. Anonymous callers are served like anyone:
 * nothing here depends on the caller, and only public columns are ever selected.
 * Requests arrive parsed by their contract schemas (defaults applied).
 */
@Controller()
export class DirectoryRpcController {
  constructor(
    private readonly searchHandler: SearchDirectoryHandler,
    private readonly statisticsHandler: DirectoryStatisticsHandler,
    private readonly exportHandler: ExportDirectoryHandler,
  ) {}

  @OnRpc('directory.search')
  search(@Payload() request: DirectorySearchRequest) {
    return this.searchHandler.execute(request);
  }

  @OnRpc('directory.statistics')
  statistics(@Payload() request: DirectoryStatisticsRequest) {
    return this.statisticsHandler.execute(request);
  }

  @OnRpc('directory.export')
  export(@Payload() request: DirectoryExportRequest) {
    return this.exportHandler.execute(request);
  }
}
