import type { DirectoryMap } from '@scn/contracts';
import { countryName } from '../../domain/country-names';
import type { CityLinkRow, CountryLinkRow, CountryPositionRow } from '../../infra/directory-map.sql';

/**
 * The map's answer from the grouped rows. A country's count is the partnerships with a
 * city in it: a partnership between two cities of one country counts once there.
 */
export function toDirectoryMap(links: CountryLinkRow[], positions: CountryPositionRow[], cityRows: CityLinkRow[] | null): DirectoryMap {
  const perCountry = new Map<string, number>();
  for (const link of links) {
    perCountry.set(link.from, (perCountry.get(link.from) ?? 0) + link.count);
    if (link.to !== link.from) perCountry.set(link.to, (perCountry.get(link.to) ?? 0) + link.count);
  }
  const countries = positions
    .map((position) => ({
      ...position,
      countryName: countryName(position.countryCode),
      partnerships: perCountry.get(position.countryCode) ?? 0,
    }))
    .sort((a, b) => b.partnerships - a.partnerships || a.countryCode.localeCompare(b.countryCode));
  const total = links.reduce((sum, link) => sum + link.count, 0);
  if (!cityRows) {
    const countryLinks = [...links].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    return {
      total,
      countries,
      countryLinks,
      cityLinks: [],
      cityLinksLeftOut: 0,
    };
  }
  const drawn = cityRows[0]?.total ?? 0;
  return {
    total: drawn,
    countries,
    countryLinks: [],
    cityLinks: cityRows.map((row) => ({
      memberCity: {
        id: row.m_id,
        name: row.m_name,
        countryCode: row.m_cc,
        latitude: row.m_lat,
        longitude: row.m_lon,
      },
      partnerCity: {
        id: row.p_id,
        name: row.p_name,
        countryCode: row.p_cc,
        latitude: row.p_lat,
        longitude: row.p_lon,
      },
    })),
    cityLinksLeftOut: drawn - cityRows.length,
  };
}
