import type { DirectoryStatistics } from '@scn/contracts';
import { countryName } from '../../domain/country-names';
import type { StatisticsRow } from '../../infra/directory-statistics.sql';

const byCountDescending = <T extends { count: number }>(key: (item: T) => string) => (a: T, b: T) =>
  b.count - a.count || key(a).localeCompare(key(b));

/** The statistics response from the counts of `statisticsSql` (dimensions with no row count zero). */
export function toStatistics(rows: StatisticsRow[]): DirectoryStatistics {
  const of = (dimension: StatisticsRow['dimension']) => rows.filter((row) => row.dimension === dimension);
  const countOf = (dimension: StatisticsRow['dimension'], key: string) =>
    of(dimension).find((row) => row.key === key)?.count ?? 0;
  const countries = (dimension: 'partnerCountry' | 'memberCountry') =>
    of(dimension)
      .map((row) => ({ countryCode: row.key ?? '', countryName: countryName(row.key ?? ''), count: row.count }))
      .sort(byCountDescending((item) => item.countryCode));
  const decades = of('decade');
  return {
    total: of('status').reduce((sum, row) => sum + row.count, 0),
    byStatus: {
      proposed: countOf('status', 'proposed'),
      active: countOf('status', 'active'),
      suspended: countOf('status', 'suspended'),
      terminated: countOf('status', 'terminated'),
    },
    activity: {
      active: countOf('activity', 'active'),
      dormant: countOf('activity', 'dormant'),
      pending: countOf('activity', 'pending'),
      terminated: countOf('activity', 'terminated'),
    },
    byPartnerCountry: countries('partnerCountry'),
    byMemberCountry: countries('memberCountry'),
    byMemberRegion: of('memberRegion')
      .map((row) => ({ countryCode: row.key ?? '', regionCode: row.sub, count: row.count }))
      .sort(byCountDescending((item) => item.regionCode ?? '')),
    byDecade: decades
      .filter((row) => row.key !== null)
      .map((row) => ({ decade: Number(row.key), count: row.count }))
      .sort((a, b) => a.decade - b.decade),
    startDateUnknown: decades.find((row) => row.key === null)?.count ?? 0,
  };
}

/** The statistics of no partnership at all. */
export const emptyStatistics = (): DirectoryStatistics => toStatistics([]);
