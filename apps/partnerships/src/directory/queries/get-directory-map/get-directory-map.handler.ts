import { Inject, Injectable } from '@nestjs/common';
import { DIRECTORY_MAP_MAX_CITY_LINKS, type DirectoryMap, type RpcParsedRequest } from '@scn/contracts';
import {
  cityLinksSql,
  countryLinksSql,
  countryPositionsSql,
  type CityLinkRow,
  type CountryLinkRow,
  type CountryPositionRow,
} from '../../infra/directory-map.sql';
import { SQL_RUNNER } from '../../infra/pool-sql-runner';
import type { SqlRunner } from '../../infra/sql-query';
import { toDirectoryMap } from './directory-map.view';

export type GetDirectoryMapQuery = RpcParsedRequest<'directory.map'>;

/** The world map's aggregates: country pairs with counts, and on demand one country's city-level lines. */
@Injectable()
export class GetDirectoryMapHandler {
  constructor(@Inject(SQL_RUNNER) private readonly run: SqlRunner) {}

  async execute(query: GetDirectoryMapQuery): Promise<DirectoryMap> {
    const [links, positions, cityRows] = await Promise.all([
      this.run<CountryLinkRow>(countryLinksSql()),
      this.run<CountryPositionRow>(countryPositionsSql()),
      query.country ? this.run<CityLinkRow>(cityLinksSql(query.country, DIRECTORY_MAP_MAX_CITY_LINKS)) : Promise.resolve(null),
    ]);
    return toDirectoryMap(links, positions, cityRows);
  }
}
