import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, City, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { cityError, duplicateCity } from '../../domain/city.errors';
import { findDuplicate, type CityCandidate } from '../../domain/duplicate-city';
import { alternateSpellings, normalizeName } from '../../domain/normalize-name';
import { toCityView } from '../../infra/city.record';
import { timeZoneAt } from '../../infra/time-zone-at';

export type CreateCityCommand = RpcParsedRequest<'cities.create'>;

/**
 * Staff add a city the gazetteer lacks. One of the same name (or alternate name) and
 * country within 10 km is taken for the same city and refused, naming it.
 */
@Injectable()
export class CreateCityHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(command: CreateCityCommand, caller: CallerIdentity | undefined): Promise<City> {
    // The gateway lets only staff through; a service never assumes who is calling.
    if (!caller?.grants.some((grant) => grant.role === 'network-staff')) throw cityError('staffOnly');
    const searchName = normalizeName(command.name);
    const created = await this.db.$transaction(async (tx) => {
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
    });
    return toCityView(created);
  }
}
