import { Inject, Injectable } from '@nestjs/common';
import type { DirectoryPage, RpcParsedRequest } from '@scn/contracts';
import { SQL_RUNNER } from '../../infra/pool-sql-runner';
import type { SqlRunner } from '../../infra/sql-query';
import { searchDirectory } from './search-directory';

export type SearchDirectoryQuery = RpcParsedRequest<'directory.search'>;

/** A page of the public directory (anonymous callers welcome: it shows public columns only). */
@Injectable()
export class SearchDirectoryHandler {
  constructor(@Inject(SQL_RUNNER) private readonly run: SqlRunner) {}

  execute(query: SearchDirectoryQuery): Promise<DirectoryPage> {
    return searchDirectory(this.run, query);
  }
}
