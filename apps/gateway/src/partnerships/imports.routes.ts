import {
  IMPORT_PROBLEMS as P,
  importParamsSchema,
  importProblemSchema,
  listImportProblemsQuerySchema,
  pageOf,
  partnershipImportSchema,
  startImportQuerySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
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
      'The rows an import reports, each with its reason, in file order: rows that could not be imported (kind unmatched) ' +
      'and rows that added cities to the gazetteer (kind city-added)',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: importParamsSchema,
    query: listImportProblemsQuerySchema,
    response: pageOf(importProblemSchema),
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'imports.list-problems' },
  }),
} as const;
