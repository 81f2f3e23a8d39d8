import type { StatisticsRow } from '../../infra/directory-statistics.sql';
import { emptyStatistics, toStatistics } from './statistics.view';

const row = (dimension: StatisticsRow['dimension'], key: string | null, count: number, sub: string | null = null): StatisticsRow => ({
  dimension,
  key,
  sub,
  count,
});

describe(toStatistics.name, () => {
  it('shapes the counts, most partnerships first, decades oldest first', () => {
    const stats = toStatistics([
      row('status', 'active', 5),
      row('status', 'suspended', 1),
      row('activity', 'active', 5),
      row('activity', 'dormant', 1),
      row('partnerCountry', 'FR', 2),
      row('partnerCountry', 'JP', 4),
      row('memberCountry', 'US', 6),
      row('memberRegion', 'US', 1, null),
      row('memberRegion', 'US', 5, 'CA'),
      row('decade', '1990', 2),
      row('decade', '1950', 1),
      row('decade', null, 3),
    ]);
    expect(stats).toEqual({
      total: 6,
      byStatus: { proposed: 0, active: 5, suspended: 1, terminated: 0 },
      activity: { active: 5, dormant: 1, pending: 0, terminated: 0 },
      byPartnerCountry: [
        { countryCode: 'JP', countryName: 'Japan', count: 4 },
        { countryCode: 'FR', countryName: 'France', count: 2 },
      ],
      byMemberCountry: [{ countryCode: 'US', countryName: 'United States of America', count: 6 }],
      byMemberRegion: [
        { countryCode: 'US', regionCode: 'CA', count: 5 },
        { countryCode: 'US', regionCode: null, count: 1 },
      ],
      byDecade: [
        { decade: 1950, count: 1 },
        { decade: 1990, count: 2 },
      ],
      startDateUnknown: 3,
    });
  });

  it('counts zero everywhere without rows', () => {
    expect(emptyStatistics()).toMatchObject({ total: 0, byStatus: { active: 0 }, byPartnerCountry: [], startDateUnknown: 0 });
  });
});
