import type { CityLinkRow } from '../../infra/directory-map.sql';
import { toDirectoryMap } from './directory-map.view';

const cityRow = (member: string, partner: string, total: number): CityLinkRow => ({
  m_id: `gn:${member}`,
  m_name: member,
  m_cc: 'US',
  m_lat: 45,
  m_lon: -122,
  p_id: `gn:${partner}`,
  p_name: partner,
  p_cc: 'JP',
  p_lat: 43,
  p_lon: 141,
  total,
});

describe(toDirectoryMap.name, () => {
  const links = [
    { from: 'US', to: 'JP', count: 3 },
    { from: 'US', to: 'US', count: 2 },
    { from: 'DE', to: 'FR', count: 4 },
  ];
  const positions = [
    { countryCode: 'US', latitude: 40, longitude: -100 },
    { countryCode: 'JP', latitude: 36, longitude: 138 },
    { countryCode: 'DE', latitude: 51, longitude: 10 },
    { countryCode: 'FR', latitude: 46, longitude: 2 },
  ];

  it('counts each country once per partnership (a domestic one once) and sorts by count', () => {
    const map = toDirectoryMap(links, positions, null);
    expect(map.total).toBe(9);
    expect(map.countries.map((c) => [c.countryCode, c.partnerships])).toEqual([
      ['US', 5],
      ['DE', 4],
      ['FR', 4],
      ['JP', 3],
    ]);
    expect(map.countries[0]).toMatchObject({
      countryName: 'United States of America',
      latitude: 40,
      longitude: -100,
    });
    expect(map.countryLinks.map((l) => l.count)).toEqual([4, 3, 2]);
    expect(map.cityLinks).toEqual([]);
  });

  it('gives the city lines of a country and how many were left out over the cap', () => {
    const map = toDirectoryMap(links, positions, [cityRow('Portland', 'Sapporo', 5), cityRow('Salem', 'Kyoto', 5)]);
    expect(map).toMatchObject({
      total: 5,
      countryLinks: [],
      cityLinksLeftOut: 3,
    });
    expect(map.cityLinks[0]).toEqual({
      memberCity: {
        id: 'gn:Portland',
        name: 'Portland',
        countryCode: 'US',
        latitude: 45,
        longitude: -122,
      },
      partnerCity: {
        id: 'gn:Sapporo',
        name: 'Sapporo',
        countryCode: 'JP',
        latitude: 43,
        longitude: 141,
      },
    });
    expect(toDirectoryMap(links, positions, [])).toMatchObject({
      total: 0,
      cityLinks: [],
      cityLinksLeftOut: 0,
    });
  });
});
