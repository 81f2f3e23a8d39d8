import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OnRpc } from '@scn/messaging';
import { ExportDirectoryHandler, type ExportDirectoryQuery } from '../queries/export-directory/export-directory.handler';
import {
  GetDirectoryStatisticsHandler,
  type GetDirectoryStatisticsQuery,
} from '../queries/get-directory-statistics/get-directory-statistics.handler';
import { GetDirectoryMapHandler, type GetDirectoryMapQuery } from '../queries/get-directory-map/get-directory-map.handler';
import { SearchDirectoryHandler, type SearchDirectoryQuery } from '../queries/search-directory/search-directory.handler';

/**
 * The public directory over request/reply. Anonymous callers are served like anyone:
 * nothing here depends on the caller, and only public columns are ever selected.
 * Requests arrive parsed by their contract schemas (defaults applied).
 */
@Controller()
export class DirectoryRpcController {
  constructor(
    private readonly searchHandler: SearchDirectoryHandler,
    private readonly statisticsHandler: GetDirectoryStatisticsHandler,
    private readonly exportHandler: ExportDirectoryHandler,
    private readonly mapHandler: GetDirectoryMapHandler,
  ) {}

  @OnRpc('directory.search')
  search(@Payload() query: SearchDirectoryQuery) {
    return this.searchHandler.execute(query);
  }

  @OnRpc('directory.statistics')
  statistics(@Payload() query: GetDirectoryStatisticsQuery) {
    return this.statisticsHandler.execute(query);
  }

  @OnRpc('directory.export')
  export(@Payload() query: ExportDirectoryQuery) {
    return this.exportHandler.execute(query);
  }

  @OnRpc('directory.map')
  map(@Payload() query: GetDirectoryMapQuery) {
    return this.mapHandler.execute(query);
  }
}
