import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { findDuplicate } from '../../gazetteer/domain/duplicate-city';
import type { GazetteerCity } from '../domain/city-matcher';
import type { NewCity } from '../domain/missing-city';
import type { ImportJobRef } from './import-batch.writer';
import { assertStillRunning } from './import-job.progress';

/** What became of the cities an import planned to add. */
export interface StoredCities {
  /** Added to the gazetteer by this import. */
  added: NewCity[];
  /** By planned id: a city of that name and country within 10 km that someone added meanwhile, used instead. */
  replaced: Map<string, GazetteerCity>;
}

// Separates the other names of one city inside one array element (never part of a name).
const ALT_SEPARATOR = '\u001f';

/**
 * Adds the cities an import planned (`addMissingCities`) to the gazetteer, in one
 * transaction with the job's count. Imports adding cities take turns, and a city of the
 * same name and country within 10 km added since the import read the gazetteer (by staff
 * or another import) is used instead of adding a second one — the rule staff adds follow.
 */
@Injectable()
export class ImportCitiesWriter {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  /** A preview (`dryRun`): counts the cities the import would add, adds none. */
  countPreview(job: ImportJobRef, cities: readonly NewCity[]): Promise<StoredCities> {
    return countPreviewedCities(this.db, job, cities);
  }

  async write(job: ImportJobRef, cities: readonly NewCity[]): Promise<StoredCities> {
    if (!cities.length) return { added: [], replaced: new Map() };
    return this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('scn.import-cities'))`;
        const candidates = await tx.$queryRawUnsafe<Array<GazetteerCity & { plannedId: string }>>(
          SAME_NAME_ADDED_CITIES,
          cities.map((city) => city.id),
          cities.map((city) => city.countryCode),
          cities.map((city) => city.searchName),
        );
        const replaced = new Map<string, GazetteerCity>();
        for (const city of cities) {
          const duplicate = findDuplicate(city, candidates.filter((candidate) => candidate.plannedId === city.id));
          if (duplicate) replaced.set(city.id, withoutPlannedId(duplicate.city));
        }
        const added = cities.filter((city) => !replaced.has(city.id));
        if (added.length) {
          await tx.$executeRawUnsafe(
            INSERT_CITIES,
            added.map((city) => city.id),
            added.map((city) => city.name),
            added.map((city) => city.searchName),
            added.map((city) => city.altNames.join(ALT_SEPARATOR)),
            added.map((city) => city.countryCode),
            added.map((city) => city.regionCode),
            added.map((city) => city.latitude),
            added.map((city) => city.longitude),
            added.map((city) => city.timeZone),
            job.id,
          );
        }
        assertStillRunning(
          await tx.$executeRaw`UPDATE import_jobs SET cities_added_count = cities_added_count + ${added.length}, heartbeat_at = now()
                                WHERE id = ${job.id}::uuid AND status = 'running'`,
        );
        return { added, replaced };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  }
}

/** A preview's count of the cities the import would add (nothing is added). */
export async function countPreviewedCities(db: PrismaClient, job: ImportJobRef, cities: readonly NewCity[]): Promise<StoredCities> {
  assertStillRunning(
    await db.$executeRaw`UPDATE import_jobs SET cities_added_count = cities_added_count + ${cities.length}, heartbeat_at = now()
                          WHERE id = ${job.id}::uuid AND status = 'running'`,
  );
  return { added: [...cities], replaced: new Map() };
}

function withoutPlannedId({ plannedId: _plannedId, ...city }: GazetteerCity & { plannedId: string }): GazetteerCity {
  return city;
}

// Cities of the same name (or other name) and country that are not GeoNames': GeoNames'
// were all in the gazetteer the import matched against, so only these can be new since.
const SAME_NAME_ADDED_CITIES = `
  SELECT t.planned AS "plannedId", c.id, c.name, c.alt_names AS "altNames", c.country_code AS "countryCode",
         c.region_code AS "regionCode", c.latitude, c.longitude, c.population, c.source
    FROM unnest($1::text[], $2::text[], $3::text[]) AS t(planned, country, search_name)
    JOIN cities c ON c.country_code = t.country AND c.source <> 'geonames'
                 AND (c.search_name = t.search_name OR c.alt_names @> ARRAY[t.search_name])`;

const INSERT_CITIES = `
  INSERT INTO cities (id, name, search_name, alt_names, country_code, region_code, latitude, longitude,
                      population, time_zone, source, import_job_id)
  SELECT id, name, search_name, CASE WHEN alt = '' THEN '{}'::text[] ELSE string_to_array(alt, E'\\x1f') END,
         country, region, lat, lng, 0, time_zone, 'import', $10::uuid
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[])
      AS t(id, name, search_name, alt, country, region, lat, lng, time_zone)`;
