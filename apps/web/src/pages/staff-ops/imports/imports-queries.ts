import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { sendWithProgress } from '../../../api/send-with-progress';

export type PartnershipImport = components['schemas']['PartnershipImport'];
export type ReportedRow = components['schemas']['PartnershipImportProblem'];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How often a running import is asked for its progress. */
const PROGRESS_POLL_MS = 1_000;

/**
 * Uploads the file to be imported (or previewed: `dryRun`, nothing is written) with its
 * progress; the API answers at once with the running import. `columns` says which column
 * holds each field (`mappingQuery`); a field it leaves out is read from the API's default
 * column (`city1,country1,lat1,lng1,city2,country2,lat2,lng2`).
 */
export async function startImport(file: File, dryRun: boolean, columns: Record<string, string>, onProgress: (share: number) => void): Promise<PartnershipImport> {
  const query = new URLSearchParams({ fileName: file.name.slice(0, 200), ...columns, dryRun: String(dryRun) });
  const isWorkbook = file.name.toLowerCase().endsWith('.xlsx') || file.type === XLSX_TYPE;
  return (await sendWithProgress('POST', `/v1/partnerships/imports?${query}`, file, isWorkbook ? XLSX_TYPE : 'text/csv', onProgress)) as PartnershipImport;
}

/** An import, asked again every second while it runs (its progress bar), then left alone. */
export const importQuery = (importId: string) =>
  queryOptions({
    queryKey: ['staff', 'imports', importId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/partnerships/imports/{importId}', { params: { path: { importId } }, signal })),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? PROGRESS_POLL_MS : false),
  });

/** How many reported rows a page of the report holds. */
export const REPORT_PAGE_SIZE = 100;

/** The rows an import reports, in file order, a page of 100 at a time (the API's cursor); only once it has finished. */
export const reportQuery = (importId: string, finished: boolean) =>
  infiniteQueryOptions({
    queryKey: ['staff', 'imports', importId, 'report'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/partnerships/imports/{importId}/problems', {
          params: { path: { importId }, query: { limit: REPORT_PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: finished,
  });

/** How many past imports a page of the list holds. */
export const PAST_PAGE_SIZE = 20;

/** The imports started (previews too), newest first, by the API's cursor ("show more"). */
export const pastImportsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['staff', 'imports', 'past'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/partnerships/imports', { params: { query: { limit: PAST_PAGE_SIZE, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
