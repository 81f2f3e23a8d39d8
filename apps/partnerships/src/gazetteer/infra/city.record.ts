import { Prisma } from '@scn-prisma/partnerships';
import { CITY_SOURCES, type City } from '@scn/contracts';

/** The columns every read of a city returns, named as the API shows them (for raw SQL). */
export const CITY_COLUMNS = Prisma.sql`id, name, country_code AS "countryCode", region_code AS "regionCode",
  latitude, longitude, population, time_zone AS "timeZone", source`;

/** A stored city as the API shows it. */
export function toCityView(record: Omit<City, 'source'> & { source: string }): City {
  return {
    id: record.id,
    name: record.name,
    countryCode: record.countryCode,
    regionCode: record.regionCode,
    latitude: record.latitude,
    longitude: record.longitude,
    population: record.population,
    timeZone: record.timeZone,
    source: citySource(record.source),
  };
}

/** The stored source as the API names it (a source the API does not know reads as GeoNames, as before). */
function citySource(source: string): City['source'] {
  return (CITY_SOURCES as readonly string[]).includes(source) ? (source as City['source']) : 'geonames';
}
