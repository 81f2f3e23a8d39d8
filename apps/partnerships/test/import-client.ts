import { importFilesBucket } from '@scn/contracts';
import { connect } from 'nats';
import path from 'node:path';
import type { GatewayUnderTest } from '../../gateway/test/gateway-harness';

// What the import tests share: where the real list is, and how a client follows an import
// through the gateway (poll until done, read its report) and cleans up after it.

/** The shared list of twin towns, beside the checkout (tests that need it skip without it). */
export const REAL_FILE = path.resolve(__dirname, '../../../../shared/data/twin_cities.csv');
export const IMPORTS = '/v1/partnerships/imports';

/** An import job as the API shows it (fields the tests read). */
export interface ImportView {
  id: string;
  status: 'running' | 'completed' | 'failed';
  totalRows: number;
  processedRows: number;
  createdCount: number;
  unchangedCount: number;
  unmatchedCount: number;
  ambiguousCount: number;
  addMissingCities: boolean;
  citiesAddedCount: number;
  dryRun: boolean;
  error: string | null;
}

/** A row an import reported. */
export interface ReportedRow {
  rowNumber: number;
  kind: 'unmatched' | 'city-added' | 'noted';
  reason: string;
  addedCityIds?: string[];
  ambiguous?: true;
  candidates?: Array<{ column: string; chosenCityId: string | null; cities: Array<{ cityId: string; name: string; regionCode: string | null; population: number }> }>;
  row: Record<string, string>;
}

/** Polls an import until it is no longer running, showing each view to `observe`. */
export async function finishImport(
  gateway: GatewayUnderTest,
  token: string,
  id: string,
  { observe = () => undefined, timeoutMs = 170_000 }: { observe?: (view: ImportView) => void; timeoutMs?: number } = {},
): Promise<ImportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await gateway.request('GET', `${IMPORTS}/${id}`, { token });
    // On two busy cores the service may answer a poll late while it imports: ask again.
    if ((response.status === 503 || response.status === 504) && Date.now() < deadline) continue;
    expect(response.status).toBe(200);
    const view = response.body as ImportView;
    observe(view);
    if (view.status !== 'running') return view;
    if (Date.now() > deadline) throw new Error(`import ${id} still running after ${timeoutMs} ms: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every row an import reports, through the API, page by page (`query` adds filters: `&kind=…`, `&only=…`). */
export async function importReport(gateway: GatewayUnderTest, token: string, id: string, query = ''): Promise<ReportedRow[]> {
  const rows: ReportedRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await gateway.request('GET', `${IMPORTS}/${id}/problems?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`, { token });
    expect(page.status).toBe(200);
    rows.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return rows;
}

/** Deletes the namespace's import-file bucket (the gateway's harness knows nothing of it), then stops the gateway. */
export async function stopImportPlatform(gateway: GatewayUnderTest): Promise<void> {
  const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
  const jsm = await nc.jetstreamManager();
  await jsm.streams.delete(`OBJ_${importFilesBucket(gateway.namespace)}`).catch(() => undefined);
  await nc.close();
  await gateway.stop();
}
