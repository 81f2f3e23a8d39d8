import {
  directoryExportQuerySchema,
  directoryMapRequestSchema,
  directoryMapSchema,
  directoryPageSchema,
  directorySearchRequestSchema,
  directoryStatisticsRequestSchema,
  directoryStatisticsSchema,
} from '@scn/contracts';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const PUBLIC = { kind: 'public' } as const;

/** The public directory of partnerships: no sign-in, public columns only (never contacts nor terms). */
export const DIRECTORY_ROUTES = {
  search: defineRoute({
    operationId: 'searchDirectory',
    method: 'GET',
    path: '/v1/directory/partnerships',
    summary: 'Search the public directory of partnerships (active ones unless `status` says otherwise), a page at a time',
    tag: 'directory',
    access: PUBLIC,
    query: directorySearchRequestSchema,
    response: directoryPageSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'directory.search' },
  }),
  statistics: defineRoute({
    operationId: 'directoryStatistics',
    method: 'GET',
    path: '/v1/directory/statistics',
    summary: 'Network statistics: partnerships by country, by state or region, by decade, active vs dormant (may lag up to 30 s)',
    tag: 'directory',
    access: PUBLIC,
    query: directoryStatisticsRequestSchema,
    response: directoryStatisticsSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'directory.statistics' },
  }),
  map: defineRoute({
    operationId: 'directoryMap',
    method: 'GET',
    path: '/v1/directory/map',
    summary:
      'The world map of partnerships in force, aggregated: each country with its count and position, lines between countries ' +
      'with their counts; with `country`, the city-to-city lines of the partnerships touching that country',
    tag: 'directory',
    access: PUBLIC,
    query: directoryMapRequestSchema,
    response: directoryMapSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'directory.map' },
  }),
  export: defineRoute({
    operationId: 'exportDirectory',
    responseContentType: 'text/csv',
    method: 'GET',
    path: '/v1/directory/partnerships.csv',
    summary:
      'The directory as a CSV file (text/csv, UTF-8, header row first): every partnership matching the filters, in the sort ' +
      'order. Columns: id, member city, member country, member region, partner city, partner country, partner region, kind, ' +
      'status, start date, member program',
    tag: 'directory',
    access: PUBLIC,
    query: directoryExportQuerySchema,
    // No response schema: the body is CSV, streamed as it is produced.
    errors: [...SERVICE_PROBLEMS],
  }),
} as const;
