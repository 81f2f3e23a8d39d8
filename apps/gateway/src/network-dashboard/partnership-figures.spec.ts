import type { DirectoryStatistics } from '@scn/contracts';
import { partnershipFigures, regionCountry } from './partnership-figures';

const statistics = (over: Partial<DirectoryStatistics>): DirectoryStatistics => ({
  total: 0,
  byStatus: { proposed: 0, active: 0, suspended: 0, terminated: 0 },
  activity: { active: 0, dormant: 0, pending: 0, terminated: 0 },
  byPartnerCountry: [],
  byMemberCountry: [],
  byMemberRegion: [],
  byDecade: [],
  startDateUnknown: 0,
  ...over,
});
const country = (countryCode: string, count: number) => ({ countryCode, countryName: null, count });
const region = (regionCode: string | null, count: number) => ({ countryCode: 'US', regionCode, count });

describe('the dashboard’s partnership figures', () => {
  it('merges the per-status answers by partner country and by member region, most first', () => {
    const all = statistics({ byStatus: { proposed: 1, active: 3, suspended: 1, terminated: 2 }, byMemberCountry: [country('US', 5)] });
    const figures = partnershipFigures(
      all,
      {
        proposed: statistics({ byPartnerCountry: [country('FR', 1)] }),
        active: statistics({ byPartnerCountry: [country('JP', 2), country('FR', 1)] }),
        suspended: statistics({ byPartnerCountry: [country('DE', 1)] }),
      },
      {
        proposed: statistics({ byMemberRegion: [region('GA', 1)] }),
        active: statistics({ byMemberRegion: [region('OR', 2), region('GA', 1)] }),
        suspended: statistics({ byMemberRegion: [region(null, 1)] }),
      },
    );
    expect(figures.byStatus).toEqual({ proposed: 1, active: 3, suspended: 1, terminated: 2 });
    expect(figures.byCountry).toEqual([
      { countryCode: 'FR', proposed: 1, active: 1, suspended: 0 },
      { countryCode: 'JP', proposed: 0, active: 2, suspended: 0 },
      { countryCode: 'DE', proposed: 0, active: 0, suspended: 1 },
    ]);
    expect(figures.regionsOf).toBe('US');
    expect(figures.byRegion).toEqual([
      { regionCode: 'GA', proposed: 1, active: 1, suspended: 0 },
      { regionCode: 'OR', proposed: 0, active: 2, suspended: 0 },
      { regionCode: null, proposed: 0, active: 0, suspended: 1 },
    ]);
  });

  it('has no regions to show while there is no partnership', () => {
    const empty = statistics({});
    expect(regionCountry(empty)).toBeNull();
    const figures = partnershipFigures(empty, { proposed: empty, active: empty, suspended: empty }, null);
    expect(figures).toEqual({ byStatus: empty.byStatus, byCountry: [], regionsOf: null, byRegion: [] });
  });
});
