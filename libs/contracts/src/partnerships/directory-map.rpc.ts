import { z } from 'zod';
import type { RpcOperation } from '../rpc/rpc-operation';
import { countryCodeSchema } from './cities.rpc';

/** Most city-to-city lines one map answer carries: more would not stay smooth to draw (the rest are counted). */
export const DIRECTORY_MAP_MAX_CITY_LINKS = 2_000;

/**
 * The world map of partnerships in force (status `active`), aggregated by the database:
 * without `country`, one line per pair of countries with its count; with `country`, the
 * lines between the cities of the partnerships with a city in that country.
 */
export const directoryMapRequestSchema = z
  .object({
    country: countryCodeSchema.optional().meta({
      description: 'ISO 3166-1 alpha-2 code: city-level lines of the partnerships with a city in that country.',
    }),
  })
  .strict();
export type DirectoryMapRequest = z.infer<typeof directoryMapRequestSchema>;

const coordinates = { latitude: z.number(), longitude: z.number() };

export const directoryMapSchema = z
  .object({
    /** Partnerships drawn (before any cut of `cityLinks`). */
    total: z.int(),
    countries: z
      .array(
        z.object({
          countryCode: z.string().length(2),
          countryName: z.string().nullable(),
          partnerships: z.int(),
          ...coordinates,
        }),
      )
      .meta({
        description: 'Every country with a partnership, placed at the mean position of its cities that have one; most partnerships first.',
      }),
    countryLinks: z
      .array(
        z.object({
          from: z.string().length(2),
          to: z.string().length(2),
          count: z.int(),
        }),
      )
      .meta({
        description: 'Member country to partner country, with the number of partnerships; most first. Empty with `country`.',
      }),
    cityLinks: z
      .array(
        z.object({
          memberCity: z.object({
            id: z.string(),
            name: z.string(),
            countryCode: z.string().length(2),
            ...coordinates,
          }),
          partnerCity: z.object({
            id: z.string(),
            name: z.string(),
            countryCode: z.string().length(2),
            ...coordinates,
          }),
        }),
      )
      .meta({
        description: `Only with \`country\`: one line per partnership touching that country, at most ${DIRECTORY_MAP_MAX_CITY_LINKS} (by member city name).`,
      }),
    /** Partnerships of `country` not in `cityLinks` (over the cap). */
    cityLinksLeftOut: z.int(),
  })
  .meta({ id: 'DirectoryMap' });
export type DirectoryMap = z.infer<typeof directoryMapSchema>;

/** Request/reply operation of the partnerships service: the map's aggregate (issue #15). */
export const directoryMapOperations = {
  'directory.map': {
    request: directoryMapRequestSchema,
    response: directoryMapSchema,
  },
} satisfies Record<string, RpcOperation>;
