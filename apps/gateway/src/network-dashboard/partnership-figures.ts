import type { DirectoryStatistics } from '@scn/contracts';
import type { NetworkDashboard } from './network-dashboard.routes';

/** The statuses the dashboard breaks down by place (terminated ones are history, counted in total only). */
export const LIVE_STATUSES = ['proposed', 'active', 'suspended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];
type Figures = NetworkDashboard['partnerships'];

/**
 * The country whose member cities' regions are shown: the one with most member cities
 * (a national network's own country), or none while there is no partnership.
 */
export function regionCountry(all: DirectoryStatistics): string | null {
  return all.byMemberCountry[0]?.countryCode ?? null;
}

/**
 * The partnership figures from the directory's statistics: `all` over every status (the
 * totals, and which country's regions to show), then one statistics answer per live
 * status for the partner countries, and one per live status over `regionsOf` for the
 * regions. Rows are merged by country (by region), most partnerships first, then by code.
 */
export function partnershipFigures(
  all: DirectoryStatistics,
  byStatus: Record<LiveStatus, DirectoryStatistics>,
  regional: Record<LiveStatus, DirectoryStatistics> | null,
): Figures {
  const countries = new Map<string, Figures['byCountry'][number]>();
  const regions = new Map<string | null, Figures['byRegion'][number]>();
  for (const status of LIVE_STATUSES) {
    for (const row of byStatus[status].byPartnerCountry) {
      const entry = countries.get(row.countryCode) ?? { countryCode: row.countryCode, proposed: 0, active: 0, suspended: 0 };
      entry[status] += row.count;
      countries.set(row.countryCode, entry);
    }
    for (const row of regional?.[status].byMemberRegion ?? []) {
      const entry = regions.get(row.regionCode) ?? { regionCode: row.regionCode, proposed: 0, active: 0, suspended: 0 };
      entry[status] += row.count;
      regions.set(row.regionCode, entry);
    }
  }
  const total = (row: Record<LiveStatus, number>) => row.proposed + row.active + row.suspended;
  return {
    byStatus: all.byStatus,
    byCountry: [...countries.values()].sort((a, b) => total(b) - total(a) || a.countryCode.localeCompare(b.countryCode)),
    regionsOf: regional ? regionCountry(all) : null,
    byRegion: [...regions.values()].sort((a, b) => total(b) - total(a) || (a.regionCode ?? '~').localeCompare(b.regionCode ?? '~')),
  };
}
