import type { City as CityRecord, Prisma } from '@scn-prisma/partnerships';
import type { RpcParsedRequest } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import { duplicateCity } from '../domain/city.errors';
import { findDuplicate, type CityCandidate } from '../domain/duplicate-city';
import { alternateSpellings, normalizeName } from '../domain/normalize-name';
import { timeZoneAt } from './time-zone-at';

/** A city staff add: what `POST /v1/cities` takes. */
export type StaffCityInput = RpcParsedRequest<'cities.create'>;

/**
 * Adds a city staff give, in the caller's transaction (the gazetteer's one way of adding a
 * city: `POST /v1/cities`, and a person settling an import's row). One of the same name (or
 * alternate name) and country within 10 km is taken for the same city and refused, naming it.
 */
export async function addStaffCity(tx: Prisma.TransactionClient, command: StaffCityInput): Promise<CityRecord> {
  const searchName = normalizeName(command.name);
  // Serializes adds of the same name in one country, so two at once cannot both pass the check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`city:${command.countryCode}:${searchName}`}))`;
  const candidates = await tx.$queryRaw<CityCandidate[]>`
    SELECT id, name, latitude, longitude FROM cities
     WHERE country_code = ${command.countryCode}
       AND (search_name = ${searchName} OR alt_names @> ARRAY[${searchName}::text])`;
  const duplicate = findDuplicate(command, candidates);
  if (duplicate) throw duplicateCity(duplicate.city, duplicate.distanceKm);
  return tx.city.create({
    data: {
      id: `staff:${uuidv7()}`,
      name: command.name,
      searchName,
      altNames: alternateSpellings(command.name),
      countryCode: command.countryCode,
      regionCode: command.regionCode ?? null,
      latitude: command.latitude,
      longitude: command.longitude,
      population: command.population ?? 0,
      timeZone: command.timeZone ?? timeZoneAt(command.latitude, command.longitude),
      source: 'staff',
    },
  });
}
