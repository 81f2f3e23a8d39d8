import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../http/pagination';
import { queryInteger } from '../http/text';
import type { RpcOperation } from '../rpc/rpc-operation';
import { CONTRACT_RULES, ruleIssue } from '../http/zod-violation';
import { countryCodeSchema, regionCodeSchema } from './cities.rpc';
import { cityIdSchema, exchangeCategorySchema, partnershipKindSchema, partnershipStatusSchema } from './common';

/** Problems of the directory, with their stable codes (thrown by the service, documented by the gateway). */
export const DIRECTORY_PROBLEMS = {
  invalidCursor: {
    code: 'DIRECTORY.INVALID_CURSOR',
    status: 400,
    description: 'The export cursor is not one this service issued for the same sort order.',
  },
} as const;

/** One value or the parameter repeated (`status=active&status=suspended`): always a list once parsed. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1).max(10)]).transform((value) => (Array.isArray(value) ? value : [value]) as Array<z.infer<T>>);

const year = (what: string) =>
  queryInteger({ min: 1000, max: 2999, message: 'must be a four-digit year' })
    .optional()
    .meta({ description: what });

/** Sort orders of the directory; `-` means newest first. */
export const DIRECTORY_SORTS = ['city', 'country', 'startDate', '-startDate'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** Statuses the directory lists and exports when the request names none: partnerships in force. */
export const DIRECTORY_DEFAULT_STATUSES = ['active'] as const;
/** Statuses the statistics count when the request names none: every partnership not terminated. */
export const STATISTICS_DEFAULT_STATUSES = ['proposed', 'active', 'suspended'] as const;

/** Largest number of rows one `directory.export` call returns (its reply also stays under ~800 KB). */
export const DIRECTORY_EXPORT_MAX_ROWS = 5_000;

/**
 * The filters of the public directory, shared by the search, the statistics and the CSV
 * export (as HTTP query parameters and as the RPC request). Every filter holds when
 * either side of the partnership matches it.
 */
export const directoryFilterShape = {
  q: z
    .string()
    .max(200)
    .optional()
    .meta({
      description:
        'Free text: a city name on either side (accent- and case-insensitive; "munchen" finds München; three letters or more match ' +
        'anywhere in the name, one or two letters its start), or a country name in any common language or its ISO code ("Germany", ' +
        '"Deutschland", "DE"), again on either side.',
    }),
  country: countryCodeSchema
    .optional()
    .meta({ description: 'ISO 3166-1 alpha-2 code of the country of either city.' }),
  region: regionCodeSchema
    .optional()
    .meta({
      description:
        'Region (first-level division, GeoNames admin1 code: a US state\'s two letters) of either city. With `country`, the city ' +
        'in that region must be in that country (`country=US&region=GA` is the US state of Georgia).',
    }),
  city: cityIdSchema.optional().meta({ description: 'Id of the city on either side (from `GET /v1/cities`).' }),
  memberProgram: z
    .uuid({ message: 'must be a member program id' })
    .optional()
    .meta({ description: 'Id of the member program the partnership belongs to (as each entry names it).' }),
  kind: oneOrMany(partnershipKindSchema).optional().meta({ description: 'Kinds of partnership (repeat the parameter for several).' }),
  status: oneOrMany(partnershipStatusSchema)
    .optional()
    .meta({
      description:
        'Statuses (repeat the parameter for several). Default: `active` for the list and the export; every status but ' +
        '`terminated` for the statistics.',
    }),
  year: year('Year the partnership started (partnerships without a known start date never match a year filter).'),
  since: year('Started in this year or later.'),
  until: year('Started in this year or earlier.'),
};

const sinceBeforeUntil = (value: { since?: number | undefined; until?: number | undefined }) =>
  value.since === undefined || value.until === undefined || value.since <= value.until;
const SINCE_AFTER_UNTIL = { ...ruleIssue(CONTRACT_RULES.notAfter, 'must not be after `until`', { other: 'until' }), path: ['since'] };

const sortParameter = z
  .enum(DIRECTORY_SORTS)
  .default('city')
  .meta({
    description:
      'Order: `city` (member city name, then partner city name), `country` (member city\'s country, then as `city`), `startDate` ' +
      '(oldest first) or `-startDate` (newest first); partnerships without a start date come last in both.',
  });

export const directorySearchRequestSchema = z
  .object({
    ...directoryFilterShape,
    sort: sortParameter,
    page: queryInteger({ min: 1, max: 10_000 })
      .default(1)
      .meta({ description: 'Page number, from 1.' }),
    pageSize: queryInteger({ min: 1, max: MAX_PAGE_SIZE })
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: `Entries per page (at most ${MAX_PAGE_SIZE}).` }),
  })
  .strict()
  .refine(sinceBeforeUntil, SINCE_AFTER_UNTIL);
export type DirectorySearchRequest = z.infer<typeof directorySearchRequestSchema>;

export const directoryStatisticsRequestSchema = z.object(directoryFilterShape).strict().refine(sinceBeforeUntil, SINCE_AFTER_UNTIL);
export type DirectoryStatisticsRequest = z.infer<typeof directoryStatisticsRequestSchema>;

/** Query of the CSV export route: the directory's filters and sort, no paging (every matching row). */
export const directoryExportQuerySchema = z
  .object({ ...directoryFilterShape, sort: sortParameter })
  .strict()
  .refine(sinceBeforeUntil, SINCE_AFTER_UNTIL);

export const directoryExportRequestSchema = z
  .object({
    ...directoryFilterShape,
    sort: sortParameter,
    /** Where the previous chunk ended (absent: the first chunk, which starts with the header row). */
    cursor: z.string().min(1).max(2_000).optional(),
    limit: z.int().min(1).max(DIRECTORY_EXPORT_MAX_ROWS).default(DIRECTORY_EXPORT_MAX_ROWS),
  })
  .strict()
  .refine(sinceBeforeUntil, SINCE_AFTER_UNTIL);
export type DirectoryExportRequest = z.infer<typeof directoryExportRequestSchema>;

export const directoryCitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    countryCode: z.string().length(2),
    /** GeoNames admin1 code (a US state's two letters); null when unknown. */
    regionCode: z.string().nullable(),
  })
  .meta({ id: 'DirectoryCity' });

/** One partnership as the public directory shows it: never its contacts nor its terms. */
export const directoryEntrySchema = z
  .object({
    id: z.uuid(),
    kind: partnershipKindSchema,
    status: partnershipStatusSchema,
    /** Date the agreement took effect; null when unknown (imported records). */
    startDate: z.iso.date().nullable(),
    memberCity: directoryCitySchema,
    partnerCity: directoryCitySchema,
    memberProgram: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    focusAreas: z.array(exchangeCategorySchema),
  })
  .meta({ id: 'DirectoryEntry' });
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryPageSchema = z
  .object({
    items: z.array(directoryEntrySchema),
    page: z.int(),
    pageSize: z.int(),
    /** Partnerships matching the filters, on all pages. */
    total: z.int(),
  })
  .meta({ id: 'DirectoryPage' });
export type DirectoryPage = z.infer<typeof directoryPageSchema>;

const countryCount = z.object({ countryCode: z.string().length(2), countryName: z.string().nullable(), count: z.int() });

export const directoryStatisticsSchema = z
  .object({
    /** Partnerships counted: those matching the filters (by default every one that is not terminated). */
    total: z.int(),
    byStatus: z.object({ proposed: z.int(), active: z.int(), suspended: z.int(), terminated: z.int() }),
    activity: z
      .object({ active: z.int(), dormant: z.int(), pending: z.int(), terminated: z.int() })
      .meta({
        description:
          'Active vs dormant. `active`: status active. `dormant`: suspended, or proposed more than a year ago and never signed ' +
          '(no exchange activity is recorded yet, so an active partnership is never counted dormant). `pending`: proposed ' +
          'within the last year. `terminated`: ended (counted only when the status filter asks for them).',
      }),
    byPartnerCountry: z.array(countryCount).meta({ description: 'Country of the partner city, most partnerships first.' }),
    byMemberCountry: z.array(countryCount).meta({ description: 'Country of the member city, most partnerships first.' }),
    byMemberRegion: z
      .array(z.object({ countryCode: z.string().length(2), regionCode: z.string().nullable(), count: z.int() }))
      .meta({
        description:
          'Region (a US state) of the member city, most partnerships first; only with a `country` filter, over the member cities ' +
          'in that country (empty otherwise). A null `regionCode` counts cities whose region is unknown.',
      }),
    byDecade: z
      .array(z.object({ decade: z.int(), count: z.int() }))
      .meta({ description: 'Decade of the start date (1990 = 1990–1999), oldest first; unknown start dates are in `startDateUnknown`.' }),
    startDateUnknown: z.int(),
  })
  .meta({ id: 'DirectoryStatistics' });
export type DirectoryStatistics = z.infer<typeof directoryStatisticsSchema>;

export const directoryExportChunkSchema = z.object({
  /** CSV text of this chunk (the first chunk starts with the header row). */
  csv: z.string(),
  rows: z.int(),
  /** Cursor of the next chunk; null after the last one. */
  nextCursor: z.string().nullable(),
});
export type DirectoryExportChunk = z.infer<typeof directoryExportChunkSchema>;

/** Request/reply operations of the partnerships service: the public directory (issue #4). */
export const directoryOperations = {
  'directory.search': { request: directorySearchRequestSchema, response: directoryPageSchema },
  'directory.statistics': { request: directoryStatisticsRequestSchema, response: directoryStatisticsSchema },
  'directory.export': { request: directoryExportRequestSchema, response: directoryExportChunkSchema },
} satisfies Record<string, RpcOperation>;
