import { Inject, Injectable } from '@nestjs/common';
import type { DirectoryPage, DirectorySearchRequest } from '@scn/contracts';
import { SQL_RUNNER } from '../../infra/prisma-sql-runner';
import type { SqlRunner } from '../../infra/sql-query';
import { searchDirectory } from './search-directory';

/** A page of the public directory (anonymous callers welcome: it shows public columns only). */
@Injectable()
export class SearchDirectoryHandler {
  constructor(@Inject(SQL_RUNNER) private readonly run: SqlRunner) {}

  execute(request: DirectorySearchRequest): Promise<DirectoryPage> {
    return searchDirectory(this.run, request);
  }
}
