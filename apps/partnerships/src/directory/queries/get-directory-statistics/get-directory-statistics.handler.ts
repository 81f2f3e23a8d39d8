import { Inject, Injectable } from '@nestjs/common';
import { STATISTICS_DEFAULT_STATUSES, type DirectoryStatistics, type RpcParsedRequest } from '@scn/contracts';
import { CLOCK, type Clock } from '@scn/platform';
import { toCriteria } from '../../domain/directory-criteria';
import { statisticsSql, type StatisticsRow } from '../../infra/directory-statistics.sql';
import { SQL_RUNNER } from '../../infra/pool-sql-runner';
import type { SqlRunner } from '../../infra/sql-query';
import { StatisticsCache, STATISTICS_TTL_MS } from './statistics-cache';
import { emptyStatistics, toStatistics } from './statistics.view';

export type GetDirectoryStatisticsQuery = RpcParsedRequest<'directory.statistics'>;

/** A proposal nobody signed for this long counts as dormant. */
const STALE_PROPOSAL_YEARS = 1;

/**
 * Network statistics over the partnerships matching the directory's filters (by default
 * all not terminated), cached briefly per filter set (see StatisticsCache).
 */
@Injectable()
export class GetDirectoryStatisticsHandler {
  private readonly cache: StatisticsCache;

  constructor(
    @Inject(SQL_RUNNER) private readonly run: SqlRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(STATISTICS_TTL_MS) ttlMs: number,
  ) {
    this.cache = new StatisticsCache(ttlMs);
  }

  execute(query: GetDirectoryStatisticsQuery): Promise<DirectoryStatistics> {
    return this.cache.get(JSON.stringify(query), () => this.compute(query));
  }

  private async compute(query: GetDirectoryStatisticsQuery): Promise<DirectoryStatistics> {
    const criteria = toCriteria(query, STATISTICS_DEFAULT_STATUSES);
    if (criteria.matchesNothing) return emptyStatistics();
    const dormantBefore = this.clock.now();
    dormantBefore.setUTCFullYear(dormantBefore.getUTCFullYear() - STALE_PROPOSAL_YEARS);
    // Counting needs every match anyway: from the matching cities when a city condition narrows them, else plain joins.
    const source = criteria.cityConditions.length > 0 ? 'driven' : 'joined';
    const rows = await this.run<StatisticsRow>(statisticsSql(source, criteria, query.country ?? null, dormantBefore));
    return toStatistics(rows);
  }
}
