import { z } from 'zod';
import { singleLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';

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
  storeUnavailable: { code: 'IMPORT.STORE_UNAVAILABLE', status: 503, description: 'The file could not be stored for import: retry later.' },
} as const;

const columnName = singleLineText({ min: 1, max: 100 });

/**
 * Which column of the file holds each field: side 1 is the member city, side 2 the partner
 * city. The defaults are the columns of the public twin-towns list
 * (`city1,country1,lat1,lng1,city2,country2,lat2,lng2`). `kind` (sister_city,
 * friendship_city or other; default sister_city) and `startYear` are optional columns.
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
 * Opt-in: a city the gazetteer lacks is added from the file (the name as matched, the
 * row's country, the file's coordinates) instead of the row being reported as unmatched.
 */
const addMissingCitiesDescription =
  'Add the cities the gazetteer lacks from the file (name, country and coordinates of the row) instead of reporting their rows as ' +
  'unmatched; each city added is listed in the report with its row. Never added: a row whose country is unknown, whose ' +
  'coordinates are missing, 0,0 or outside the country, or whose name is a namesake across a border. Default false.';

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
    /** Why a failed import stopped. */
    error: z.string().nullable(),
    createdBy: z.string().nullable(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PartnershipImport' });
export type PartnershipImportView = z.infer<typeof partnershipImportSchema>;

/** A row the import reports, with the reason and the row as read: not imported (`unmatched`), or imported after adding cities (`city-added`). */
export const importProblemSchema = z
  .object({
    /** Line of the file the row is on (the header is line 1; a row with a line break in a cell: its last line). */
    rowNumber: z.int(),
    kind: z.enum(IMPORT_REPORT_KINDS),
    reason: z.string(),
    /** Cities the row added to the gazetteer (`import:<uuid>` ids); empty for most rows. */
    addedCityIds: z.array(z.string()),
    row: z.record(z.string(), z.string()),
  })
  .meta({ id: 'PartnershipImportProblem' });
export type ImportProblemView = z.infer<typeof importProblemSchema>;

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
  })
  .strict();

/** Query of the report of an import: one kind of row only, if given; a page at a time. */
export const listImportProblemsQueryShape = {
  kind: z.enum(IMPORT_REPORT_KINDS).optional(),
  ...pageQueryShape,
};
export const listImportProblemsQuerySchema = z.object(listImportProblemsQueryShape).strict();

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
      })
      .strict(),
    response: partnershipImportSchema,
  },
  'imports.get': { request: z.object({ importId }).strict(), response: partnershipImportSchema },
  'imports.list-problems': {
    request: z.object({ importId, ...listImportProblemsQueryShape }).strict(),
    response: pageOf(importProblemSchema),
  },
} satisfies Record<string, RpcOperation>;
