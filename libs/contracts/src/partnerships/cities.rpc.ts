import { z } from 'zod';
import { singleLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';
import { cityIdSchema } from './common';
import { CONTRACT_RULES, ruleIssue } from '../http/zod-violation';

/** Problems of the gazetteer, with their stable codes (thrown by the service, documented by the gateway). */
export const CITY_PROBLEMS = {
  notFound: { code: 'CITY.NOT_FOUND', status: 404, description: 'No such city in the gazetteer.' },
  duplicate: {
    code: 'CITY.DUPLICATE',
    status: 409,
    description: 'The gazetteer already has a city of this name and country within 10 km: `errors` names its id.',
  },
  staffOnly: { code: 'CITY.STAFF_ONLY', status: 403, description: 'Only network staff may add cities.' },
} as const;

/** ISO 3166-1 alpha-2, upper-cased (`de` is read as `DE`). */
export const countryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE')
  .toUpperCase();

/** A GeoNames first-level division code within a country (`NY`, `02`, `ENG`), upper-cased. */
export const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{1,20}$/, 'must be a region code such as NY or 02')
  .toUpperCase();

/** An IANA time zone the runtime knows (`Europe/Berlin`). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => isKnownTimeZone(zone), ruleIssue(CONTRACT_RULES.timeZone, 'must be an IANA time zone such as Europe/Berlin'));

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Where a city comes from: GeoNames, staff, or an import that added it from its file (`addMissingCities`). */
export const CITY_SOURCES = ['geonames', 'staff', 'import'] as const;

/** A city of the gazetteer, as every API shows it. */
export const citySchema = z
  .object({
    id: cityIdSchema,
    name: z.string(),
    countryCode: z.string(),
    regionCode: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    population: z.int(),
    timeZone: z.string().nullable(),
    source: z.enum(CITY_SOURCES),
  })
  .meta({ id: 'City' });
export type City = z.infer<typeof citySchema>;

/** Cities by name prefix (accents and case ignored), country and region; most populous first. */
export const searchCitiesRequestSchema = z
  .object({
    q: singleLineText({ min: 1, max: 100 }).optional(),
    country: countryCodeSchema.optional(),
    region: regionCodeSchema.optional(),
    ...pageQueryShape,
  })
  .strict();

/** What staff give to add a city the gazetteer lacks; the time zone defaults to the one at its coordinates. */
export const createCityRequestSchema = z
  .object({
    name: singleLineText({ min: 1, max: 200 }),
    countryCode: countryCodeSchema,
    regionCode: regionCodeSchema.optional(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    population: z.int().min(0).max(100_000_000).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();

/** Request/reply operations of the partnerships service: cities (issue #4). */
export const citiesOperations = {
  'cities.search': { request: searchCitiesRequestSchema, response: pageOf(citySchema) },
  'cities.get': { request: z.object({ id: cityIdSchema }).strict(), response: citySchema },
  'cities.create': { request: createCityRequestSchema, response: citySchema },
} satisfies Record<string, RpcOperation>;
