import {
  CITY_PROBLEMS,
  IMPORT_PROBLEMS as P,
  importParamsSchema,
  importReportedRowSchema,
  importRowCorrectionSchema,
  importRowParamsSchema,
  importRowResolutionSchema,
  listImportProblemsQuerySchema,
  listImportsQuerySchema,
  type ImportRowCorrectionRequest,
  type ImportRowResolutionRequest,
  pageOf,
  partnershipImportSchema,
  startImportQuerySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteInput } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const STAFF = ['network-staff'] as const;
const TAG = 'partnership-imports';

export const IMPORT_ROUTES = {
  start: defineRoute({
    operationId: 'startPartnershipImport',
    method: 'POST',
    path: '/v1/partnerships/imports',
    summary:
      'Import existing partnerships from a file (one partnership per row; columns mapped by the query): CSV text separated ' +
      'by commas, semicolons or tabs (UTF-8 with or without BOM, or Windows-1252/Latin-1), or an .xlsx workbook (its first sheet). ' +
      'Coordinates are optional: without them a city is matched by name, country and region. ' +
      'Answers at once with the running import: poll it for progress, then list the rows that could not be matched. ' +
      'With addMissingCities=true, cities the gazetteer lacks are added from the file, each reported with its row; ' +
      'with dryRun=true, nothing but the counts and the report is written (a preview).',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    query: startImportQuerySchema,
    body: z
      .custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, { message: 'the file is empty' })
      .meta({ override: { type: 'string', format: 'binary' } }),
    bodyContentType: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    response: partnershipImportSchema,
    status: 202,
    errors: [P.fileMissing, P.fileCorrupted, P.malformedCsv, P.unsupportedFile, P.emptyFile, P.columnsMissing, P.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
  list: defineRoute({
    operationId: 'listPartnershipImports',
    method: 'GET',
    path: '/v1/partnerships/imports',
    summary:
      'The imports started (previews too), newest first: each with its file, who started it and when, its status, its counts ' +
      '(created, already present, unmatched, ambiguous, cities added) and its column mapping',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    query: listImportsQuerySchema,
    response: pageOf(partnershipImportSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'imports.list' },
  }),
  get: defineRoute({
    operationId: 'getPartnershipImport',
    method: 'GET',
    path: '/v1/partnerships/imports/:importId',
    summary: 'An import and its progress: rows processed of the total, partnerships created, rows unchanged or unmatched, cities added',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: importParamsSchema,
    response: partnershipImportSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'imports.get' },
  }),
  problems: defineRoute({
    operationId: 'listImportProblems',
    method: 'GET',
    path: '/v1/partnerships/imports/:importId/problems',
    summary:
      'The rows an import reports, each with its reason, in file order: rows that could not be imported (kind unmatched; ' +
      'ambiguous ones with their candidates), rows that added cities to the gazetteer (kind city-added) and rows loaded with ' +
      'something to check (kind noted); each with where it stands (settlement: open, loaded, dismissed). state=open lists ' +
      'the rows left to settle.',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: importParamsSchema,
    query: listImportProblemsQuerySchema,
    response: pageOf(importReportedRowSchema),
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'imports.list-problems' },
  }),
  resolveRow: defineRoute({
    operationId: 'resolveImportRow',
    method: 'POST',
    path: '/v1/partnerships/imports/:importId/rows/:rowNumber/resolution',
    summary:
      'Settle a row the import could not load: load it on a city for each side the import could not match (one of the ' +
      "side's candidates, or a city added to the gazetteer) — a partnership is created and announced like any new one — or " +
      'dismiss it with a reason. The same resolution again answers the same and writes nothing; another one is a 409.',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: importRowParamsSchema,
    body: importRowResolutionSchema,
    response: importReportedRowSchema,
    errors: [
      P.notFound,
      P.rowNotFound,
      P.rowNotOpen,
      P.previewRow,
      P.alreadySettled,
      P.rowNotLoadable,
      P.sidesMismatch,
      P.notACandidate,
      P.invalidCity,
      CITY_PROBLEMS.duplicate,
      ...SERVICE_PROBLEMS,
    ],
    forward: {
      service: 'partnerships',
      operation: 'imports.resolve-row',
      request: ({ params, body }: RouteInput) => ({ ...rowOf(params), resolution: body as unknown as ImportRowResolutionRequest }),
    },
  }),
  correctRow: defineRoute({
    operationId: 'correctImportRow',
    method: 'POST',
    path: '/v1/partnerships/imports/:importId/rows/:rowNumber/correction',
    summary:
      "Correct the city of one side of a loaded row (chosen wrongly among places of one name): the row's partnership moves " +
      'to the right city (a city of the gazetteer, or one added), its history records from → to and who, and an event tells ' +
      'the services that follow partnerships. Correcting a side to the city it is on changes nothing.',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: importRowParamsSchema,
    body: importRowCorrectionSchema,
    response: importReportedRowSchema,
    errors: [P.notFound, P.rowNotFound, P.rowNotLoaded, P.previewRow, P.invalidCity, P.pairExists, CITY_PROBLEMS.duplicate, ...SERVICE_PROBLEMS],
    forward: {
      service: 'partnerships',
      operation: 'imports.correct-row',
      request: ({ params, body }: RouteInput) => ({ ...rowOf(params), correction: body as unknown as ImportRowCorrectionRequest }),
    },
  }),
} as const;

/** The row a settling route names (validated by `importRowParamsSchema`). */
function rowOf(params: RouteInput['params']): { importId: string; rowNumber: number } {
  const { importId, rowNumber } = params as unknown as { importId: string; rowNumber: number };
  return { importId, rowNumber };
}
