import { z } from 'zod';
import { queryInteger, singleLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';
import { createCityRequestSchema } from './cities.rpc';
import { cityIdSchema } from './common';
import { CONTRACT_RULES, ruleIssue } from '../http/zod-violation';

// Bulk import of existing partnerships from a CSV file (issue #4). A file is larger than a
// NATS message may be, so the gateway puts it in a JetStream object store and sends the
// service only its name; the service reads it, replies with the job and imports in the
// background. The request schemas here are the gateway's input schemas too.

/**
 * The JetStream object store bucket holding uploaded import files of a namespace. Files
 * are transient: the service deletes each once read; the bucket's TTL removes strays.
 */
export function importFilesBucket(namespace: string): string {
  return `${namespace.toUpperCase()}_IMPORTS`;
}
/** How long an uploaded file may wait in the bucket before it expires unread. */
export const IMPORT_FILE_TTL_MS = 24 * 60 * 60 * 1000;

/** Problems of imports, with their stable codes (thrown by the service, documented by the gateway). */
export const IMPORT_PROBLEMS = {
  notFound: { code: 'IMPORT.NOT_FOUND', status: 404, description: 'No such import.' },
  staffOnly: { code: 'IMPORT.STAFF_ONLY', status: 403, description: 'Only network staff may import partnerships.' },
  fileMissing: {
    code: 'IMPORT.FILE_MISSING',
    status: 400,
    description: 'The uploaded file could not be found (it expired or was already imported): upload it again.',
  },
  fileCorrupted: { code: 'IMPORT.FILE_CORRUPTED', status: 400, description: 'The stored file does not match its hash: upload it again.' },
  malformedCsv: { code: 'IMPORT.MALFORMED_CSV', status: 400, description: 'The file is not valid CSV: the message names the line.' },
  emptyFile: { code: 'IMPORT.EMPTY_FILE', status: 400, description: 'The file has a header but no rows.' },
  columnsMissing: {
    code: 'IMPORT.COLUMNS_MISSING',
    status: 400,
    description: 'The file lacks columns the mapping names: `errors` lists each one (map them with the query parameters).',
  },
  unsupportedFile: {
    code: 'IMPORT.UNSUPPORTED_FILE',
    status: 400,
    description:
      'The file is neither CSV text (comma, semicolon or tab separated; UTF-8 with or without BOM, or Windows-1252/Latin-1) ' +
      'nor an .xlsx workbook: the message says what was found.',
  },
  storeUnavailable: { code: 'IMPORT.STORE_UNAVAILABLE', status: 503, description: 'The file could not be stored for import: retry later.' },
  // Settling reported rows (issue #14)
  rowNotFound: {
    code: 'IMPORT.ROW_NOT_FOUND',
    status: 404,
    description: 'The import reports no row of that number (a row it loaded as it was is not in its report).',
  },
  rowNotOpen: {
    code: 'IMPORT.ROW_NOT_UNMATCHED',
    status: 409,
    description: 'The row was loaded by the import itself (noted, city-added): there is nothing to settle; correct its city instead.',
  },
  rowNotLoaded: {
    code: 'IMPORT.ROW_NOT_LOADED',
    status: 409,
    description: 'Only a loaded row (by the import, or settled by a person) can have its city corrected.',
  },
  previewRow: {
    code: 'IMPORT.PREVIEW_ROW',
    status: 409,
    description: "A preview's rows are not settled: import the file (without dryRun), then settle that import's rows.",
  },
  alreadySettled: {
    code: 'IMPORT.ROW_ALREADY_SETTLED',
    status: 409,
    description: 'The row was already settled otherwise (loaded on other cities, or dismissed): the message says how. The same resolution again is answered as the first time.',
  },
  rowNotLoadable: {
    code: 'IMPORT.ROW_NOT_LOADABLE',
    status: 409,
    description: 'Something besides its cities keeps the row from loading (its kind, its year, both sides one city): it can only be dismissed.',
  },
  sidesMismatch: {
    code: 'IMPORT.SIDES_MISMATCH',
    status: 400,
    description: 'A resolution gives a city for each side the import could not match, and for no other: `errors` names the sides.',
  },
  notACandidate: {
    code: 'IMPORT.NOT_A_CANDIDATE',
    status: 400,
    description: "The city chosen is not among the side's candidates (those the report lists): choose one of them or add a city.",
  },
  invalidCity: {
    code: 'IMPORT.INVALID_CITY',
    status: 400,
    description: 'The city given for a side cannot be used (unknown, or the same as the other side): the message says why.',
  },
  pairExists: {
    code: 'IMPORT.PAIR_EXISTS',
    status: 409,
    description: 'A correction would move the partnership onto a pair of cities that already has one: the message names it.',
  },
} as const;

const columnName = singleLineText({ min: 1, max: 100 });

/**
 * Which column of the file holds each field: side 1 is the member city, side 2 the partner
 * city. The defaults are the columns of the public twin-towns list
 * (`city1,country1,lat1,lng1,city2,country2,lat2,lng2`). The coordinate columns are
 * optional: a file without them (both of a side) is matched by name and country, and by the
 * region column where one is mapped. `kind` (sister_city, friendship_city or other —
 * "sister", "twin town", "friendship" read too; default sister_city), `startYear`,
 * `memberRegion`/`partnerRegion` (state, province…), `memberProgram` (name of a member
 * program of the member city) and `notes` are optional columns.
 */
export const importColumnsShape = {
  memberCity: columnName.default('city1'),
  memberCountry: columnName.default('country1'),
  memberLat: columnName.default('lat1'),
  memberLng: columnName.default('lng1'),
  partnerCity: columnName.default('city2'),
  partnerCountry: columnName.default('country2'),
  partnerLat: columnName.default('lat2'),
  partnerLng: columnName.default('lng2'),
  kind: columnName.optional(),
  startYear: columnName.optional(),
  memberRegion: columnName.optional(),
  partnerRegion: columnName.optional(),
  memberProgram: columnName.optional(),
  notes: columnName.optional(),
};
export const importColumnsSchema = z.object(importColumnsShape).strict();
export type ImportColumns = z.infer<typeof importColumnsSchema>;
export const IMPORT_COLUMN_FIELDS = Object.keys(importColumnsShape) as Array<keyof ImportColumns>;

export const IMPORT_STATUSES = ['running', 'completed', 'failed'] as const;

/**
 * What the report says of a row: `unmatched` — it could not be imported (the reason says
 * why); `city-added` — it was imported after the cities it names were added to the
 * gazetteer from the file (only when the import was asked to add missing cities).
 */
export const IMPORT_REPORT_KINDS = ['unmatched', 'city-added'] as const;
/**
 * A third kind of reported row: `noted` — imported, with something staff should check (a
 * city chosen among several of its name, a member program named but not found).
 */
export const IMPORT_REPORT_ROW_KINDS = [...IMPORT_REPORT_KINDS, 'noted'] as const;
/** Narrower lists of the report: the ambiguous rows (unmatched, with candidates), or the noted ones. */
export const IMPORT_REPORT_SELECTIONS = ['ambiguous', 'noted'] as const;

/**
 * Opt-in: a city the gazetteer lacks is added from the file (the name as matched, the
 * row's country, the file's coordinates) instead of the row being reported as unmatched.
 */
const addMissingCitiesDescription =
  'Add the cities the gazetteer lacks from the file (name, country and coordinates of the row) instead of reporting their rows as ' +
  'unmatched; each city added is listed in the report with its row. Never added: a row whose country is unknown, whose ' +
  'coordinates are missing, 0,0 or outside the country, or whose name is a namesake across a border. Default false.';

const dryRunDescription =
  'Preview: run the whole matching and keep the counts and the report, but write no partnership, city or event. ' +
  'Importing the same file afterwards does what the preview said. Default false.';

const mappedColumn = z.string();
/**
 * The columns an import was started with (`importColumnsShape`, its defaults filled in): which
 * column held the member city (side 1) and which the partner city (side 2), and the others.
 */
export const importColumnMappingSchema = z
  .object({
    memberCity: mappedColumn,
    memberCountry: mappedColumn,
    memberLat: mappedColumn,
    memberLng: mappedColumn,
    partnerCity: mappedColumn,
    partnerCountry: mappedColumn,
    partnerLat: mappedColumn,
    partnerLng: mappedColumn,
    kind: mappedColumn.optional(),
    startYear: mappedColumn.optional(),
    memberRegion: mappedColumn.optional(),
    partnerRegion: mappedColumn.optional(),
    memberProgram: mappedColumn.optional(),
    notes: mappedColumn.optional(),
  })
  .meta({ id: 'PartnershipImportColumns' });

/** An import and its progress: rows processed so far of the total, and what became of them. */
export const partnershipImportSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(IMPORT_STATUSES),
    fileName: z.string().nullable(),
    /** SHA-256 (hex) of the file. */
    fileHash: z.string(),
    /** Data rows of the file (the header excluded). */
    totalRows: z.int(),
    processedRows: z.int(),
    /** Rows that created a partnership. */
    createdCount: z.int(),
    /** Rows whose city pair was already a partnership (imported before, or listed twice in the file). */
    unchangedCount: z.int(),
    /** Rows that could not be matched: each has a problem with its reason. */
    unmatchedCount: z.int(),
    /** Whether the import adds the cities the gazetteer lacks from the file. */
    addMissingCities: z.boolean(),
    /** Cities this import added to the gazetteer: each is named by the report row (`city-added`) that added it. */
    citiesAddedCount: z.int(),
    /** A preview: the counts and the report of what importing the file would do; nothing else was written. */
    dryRun: z.boolean(),
    /** Rows whose name fits several places with nothing to tell which (counted in `unmatchedCount`): each is reported with its candidates. */
    ambiguousCount: z.int(),
    /** Why a failed import stopped. */
    error: z.string().nullable(),
    /** The account that started it. */
    createdBy: z.string().nullable(),
    /** That account's email when it started it (null on imports from before it was kept). */
    createdByEmail: z.string().nullable(),
    /**
     * How the file's columns were mapped: the report names a row's side by its file column
     * (`memberCity` is the member side's). Null on imports from before the mapping was kept.
     */
    columns: importColumnMappingSchema.nullable(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PartnershipImport' });
export type PartnershipImportView = z.infer<typeof partnershipImportSchema>;

/** A place a side's name may mean. */
export const importCandidateSchema = z
  .object({
    cityId: z.string(),
    name: z.string(),
    countryCode: z.string(),
    /** GeoNames first-level division code (a US state's two letters…), where known. */
    regionCode: z.string().nullable(),
    population: z.int(),
  })
  .meta({ id: 'PartnershipImportCandidate' });

/** The places one side of a row may mean: the chosen one (when one was), and all of them, most populous first. */
export const importSideCandidatesSchema = z
  .object({
    /** The column of the city cell (`city1`…). */
    column: z.string(),
    /** The city the import chose, or null when the row is ambiguous. */
    chosenCityId: z.string().nullable(),
    cities: z.array(importCandidateSchema),
  })
  .meta({ id: 'PartnershipImportSideCandidates' });
export type ImportSideCandidates = z.infer<typeof importSideCandidatesSchema>;

/** The file's sides: `member` is the member city's column (`city1`), `partner` the partner's (`city2`), as mapped. */
export const IMPORT_ROW_SIDES = ['member', 'partner'] as const;
export const importRowSideSchema = z.enum(IMPORT_ROW_SIDES);
export type ImportRowSide = z.infer<typeof importRowSideSchema>;

/** Where a reported row stands (see `importRowSettlementSchema`). */
export const IMPORT_ROW_STATES = ['open', 'loaded', 'dismissed'] as const;

/** A correction of a row's city since it was loaded. */
export const importRowCorrectionViewSchema = z
  .object({
    side: importRowSideSchema,
    fromCityId: z.string(),
    toCityId: z.string(),
    by: z.string().nullable(),
    at: z.iso.datetime(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'PartnershipImportRowCorrectionView' });

/**
 * Where a reported row stands: `open` (not loaded, nobody settled it yet), `loaded` (by the
 * import itself — `by` and `at` null — or by the person and at the time given), `dismissed`.
 */
export const importRowSettlementSchema = z
  .object({
    state: z.enum(IMPORT_ROW_STATES),
    by: z.string().nullable(),
    at: z.iso.datetime().nullable(),
    /** The file's member and partner sides as loaded (after any correction). */
    memberCityId: z.string().nullable(),
    partnerCityId: z.string().nullable(),
    /** The partnership the row is (created by the settlement, or the pair's existing one). */
    partnershipId: z.uuid().nullable(),
    /** Whether settling the row created the partnership (false: the pair had one already). */
    created: z.boolean().nullable(),
    /** Cities added to the gazetteer when the row was settled. */
    addedCityIds: z.array(z.string()),
    /** Why it was dismissed. */
    reason: z.string().nullable(),
    corrections: z.array(importRowCorrectionViewSchema),
  })
  .meta({ id: 'PartnershipImportRowSettlement' });
export type ImportRowSettlementView = z.infer<typeof importRowSettlementSchema>;

/**
 * A row the import reports, with the reason and the row as read: not imported (`unmatched`;
 * `ambiguous` when a name fits several places, with its `candidates`), imported after adding
 * cities (`city-added`), or imported with something to check (`noted`).
 */
export const importProblemSchema = z
  .object({
    /** Line of the file the row is on (the header is line 1; a row with a line break in a cell: its last line). */
    rowNumber: z.int(),
    kind: z.enum(IMPORT_REPORT_ROW_KINDS),
    /** Present (true) on a row not imported because a name fits several places: `candidates` lists them. */
    ambiguous: z.literal(true).optional(),
    /** Present on a row whose names fit several places: by side, the candidates (and the choice, for a `noted` row). */
    candidates: z.array(importSideCandidatesSchema).optional(),
    reason: z.string(),
    /** Cities the row added to the gazetteer (`import:<uuid>` ids); empty for most rows. */
    addedCityIds: z.array(z.string()),
    row: z.record(z.string(), z.string()),
    /** Where the row stands: open, loaded (by the import, or settled by a person), dismissed (issue #14). */
    settlement: importRowSettlementSchema,
  })
  .meta({ id: 'PartnershipImportProblem' });
export type ImportProblemView = z.infer<typeof importProblemSchema>;
/** A reported row and where it stands: what the list, a resolution and a correction answer. */
export const importReportedRowSchema = importProblemSchema;
export type ImportReportedRowView = ImportProblemView;

const importId = z.uuid({ message: 'must be a UUID' });
export const importParamsSchema = z.object({ importId }).strict();

/** Query of `POST /v1/partnerships/imports`: the file's name, the column mapping and whether to add missing cities. */
export const startImportQuerySchema = z
  .object({
    fileName: singleLineText({ min: 1, max: 200 }).optional(),
    ...importColumnsShape,
    addMissingCities: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => value === 'true')
      .meta({ description: addMissingCitiesDescription }),
    dryRun: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => value === 'true')
      .meta({ description: dryRunDescription }),
  })
  .strict();

/** Query of the report of an import: one kind of row only, if given; a page at a time. */
export const listImportProblemsQueryShape = {
  kind: z.enum(IMPORT_REPORT_KINDS).optional(),
  only: z
    .enum(IMPORT_REPORT_SELECTIONS)
    .optional()
    .meta({ description: 'Only the ambiguous rows (not imported: a name fits several places, with candidates), or only the noted ones (imported, something to check).' }),
  state: z
    .enum(IMPORT_ROW_STATES)
    .optional()
    .meta({ description: 'Only the rows in that state: open (unmatched, not settled yet: what is left to settle), loaded, or dismissed.' }),
  ...pageQueryShape,
};
export const listImportProblemsQuerySchema = z.object(listImportProblemsQueryShape).strict();

/** A city for one side of a row: one of the side's candidates, or a city added to the gazetteer (as staff add one). */
export const importSideCitySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('choose'),
      side: importRowSideSchema,
      /** One of the side's candidates (`candidates[].cities[].cityId` of the report). */
      cityId: cityIdSchema,
    })
    .strict()
    .meta({ id: 'PartnershipImportChooseCity' }),
  z
    .object({
      action: z.literal('add-city'),
      side: importRowSideSchema,
      /** Added to the gazetteer as staff add a city (`POST /v1/cities`): refused, naming it, when one of its name and country is within 10 km. */
      city: createCityRequestSchema,
    })
    .strict()
    .meta({ id: 'PartnershipImportAddCity' }),
]);
export type ImportSideCity = z.infer<typeof importSideCitySchema>;

/**
 * How a person settles a row the import could not load: `load` it, with a city for every
 * side the import could not match (one call for both), or `dismiss` it with a reason.
 */
export const importRowResolutionSchema = z
  .discriminatedUnion('action', [
    z
      .object({
        action: z.literal('load'),
        sides: z.array(importSideCitySchema).min(1).max(2),
      })
      .strict()
      .meta({ id: 'PartnershipImportLoadRow' }),
    z
      .object({ action: z.literal('dismiss'), reason: singleLineText({ min: 1, max: 500 }) })
      .strict()
      .meta({ id: 'PartnershipImportDismissRow' }),
  ])
  .meta({ id: 'PartnershipImportRowResolution' });
export type ImportRowResolutionRequest = z.infer<typeof importRowResolutionSchema>;

/** A correction of a loaded row: the side whose city was wrong and the right city (one of the gazetteer, or one to add). */
export const importRowCorrectionSchema = z
  .object({
    side: importRowSideSchema,
    /** The right city: a city of the gazetteer (any, not only the candidates)… */
    cityId: cityIdSchema.optional(),
    /** …or one to add, as staff add a city. Exactly one of the two. */
    city: createCityRequestSchema.optional(),
    reason: singleLineText({ min: 1, max: 500 }).optional(),
  })
  .strict()
  .refine((body) => (body.cityId === undefined) !== (body.city === undefined), { ...ruleIssue(CONTRACT_RULES.eitherOr, 'give either cityId or city', { other: 'city' }), path: ['cityId'] })
  .meta({ id: 'PartnershipImportRowCorrection' });
export type ImportRowCorrectionRequest = z.infer<typeof importRowCorrectionSchema>;

/** Query of `GET /v1/partnerships/imports`: a page of the imports, newest first. */
export const listImportsQuerySchema = z.object({ ...pageQueryShape }).strict();

const rowNumber = queryInteger({ min: 2, max: 100_000_000, message: 'must be a row number' });
export const importRowParamsSchema = z.object({ importId, rowNumber }).strict();

export const importsOperations = {
  /** Imports the file stored under `objectName` in the namespace's import bucket; replies at once with the running job. */
  'imports.start': {
    request: z
      .object({
        objectName: z.string().min(1).max(200),
        fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
        fileName: z.string().max(200).nullable().default(null),
        columns: importColumnsSchema,
        addMissingCities: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    response: partnershipImportSchema,
  },
  'imports.get': { request: z.object({ importId }).strict(), response: partnershipImportSchema },
  /** Every import (previews too), newest first, a page at a time. */
  'imports.list': { request: listImportsQuerySchema, response: pageOf(partnershipImportSchema) },
  'imports.list-problems': {
    request: z.object({ importId, ...listImportProblemsQueryShape }).strict(),
    response: pageOf(importReportedRowSchema),
  },
  /** Settles a row the import reported unmatched: loads it on the cities given, or dismisses it. The same again changes nothing. */
  'imports.resolve-row': {
    request: z.object({ importId, rowNumber: z.int().min(2), resolution: importRowResolutionSchema }).strict(),
    response: importReportedRowSchema,
  },
  /** Moves a loaded row's partnership to the right city of one side (history kept, event published). */
  'imports.correct-row': {
    request: z.object({ importId, rowNumber: z.int().min(2), correction: importRowCorrectionSchema }).strict(),
    response: importReportedRowSchema,
  },
} satisfies Record<string, RpcOperation>;
