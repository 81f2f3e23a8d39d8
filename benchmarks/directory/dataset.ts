import type { PrismaClient } from '@scn-prisma/partnerships';
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { GatewayUnderTest } from '../../apps/gateway/test/gateway-harness';
import { mulberry32 } from './query-mix';

export interface Dataset {
  /** How the partnerships got there, for the report. */
  source: string;
  partnerships: number;
  active: number;
  loadSeconds: number;
}

/**
 * Fills the partnerships database behind `gateway`: the real twin-towns list through the
 * bulk import (as staff would), or, without the file, synthetic partnerships between
 * real gazetteer cities (and the report says so).
 */
export async function loadDataset(gateway: GatewayUnderTest, db: PrismaClient, file: string, log: (line: string) => void): Promise<Dataset> {
  const started = performance.now();
  let source: string;
  if (existsSync(file)) {
    log(`importing ${file} through POST /v1/partnerships/imports (addMissingCities)`);
    source = await importFile(gateway, file);
  } else {
    log(`${file} is absent: generating synthetic partnerships between gazetteer cities`);
    source = `${await generateSynthetic(db, 25_000)} (the real file was absent)`;
  }
  // As autovacuum would after a bulk load: planner statistics, GIN pending lists merged.
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  const [counts] = await db.$queryRawUnsafe<Array<{ total: number; active: number }>>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'active')::int AS active FROM partnerships`,
  );
  return { source, partnerships: counts!.total, active: counts!.active, loadSeconds: (performance.now() - started) / 1_000 };
}

async function importFile(gateway: GatewayUnderTest, file: string): Promise<string> {
  const { accessToken } = await gateway.login();
  // With the cities the gazetteer lacks added from the file, as the figure is measured.
  const started = await gateway.request('POST', '/v1/partnerships/imports?fileName=twin_cities.csv&addMissingCities=true', {
    token: accessToken,
    body: readFileSync(file, 'utf8'),
    headers: { 'content-type': 'text/csv' },
  });
  if (started.status !== 202) throw new Error(`the import was refused: ${started.status} ${JSON.stringify(started.body)}`);
  const deadline = Date.now() + 600_000;
  for (;;) {
    const job = await gateway.request('GET', `/v1/partnerships/imports/${started.body.id}`, { token: accessToken });
    const view = job.body as { status: string; totalRows: number; createdCount: number; unchangedCount: number; unmatchedCount: number };
    if (view.status === 'completed') {
      return (
        `real dataset ../shared/data/twin_cities.csv imported through the gateway: ${view.totalRows.toLocaleString('en-US')} rows, ` +
        `${view.createdCount.toLocaleString('en-US')} partnerships created, ${view.unchangedCount.toLocaleString('en-US')} rows of a ` +
        `pair listed twice, ${view.unmatchedCount.toLocaleString('en-US')} rows unmatched`
      );
    }
    if (view.status !== 'running' || Date.now() > deadline) throw new Error(`the import did not complete: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * `count` partnerships between real cities (seeded, so every run builds the same network),
 * a tenth of them not active — or, with `allActive` (the console's benchmark, which shows
 * what visitors see: only active ones), every one active.
 */
export async function generateSynthetic(db: PrismaClient, count: number, { allActive = false } = {}): Promise<string> {
  const random = mulberry32(20261130);
  const cities = await db.$queryRawUnsafe<Array<{ id: string }>>(
    'SELECT id FROM cities WHERE population >= 20000 ORDER BY population DESC, id LIMIT 20000',
  );
  const pick = () => cities[Math.floor(random() ** 2 * cities.length)]!.id; // bigger cities have more partners
  const seen = new Set<string>();
  const rows: string[][] = [];
  while (rows.length < count) {
    const [member, partner] = [pick(), pick()];
    const key = [member, partner].sort().join('~');
    if (member === partner || seen.has(key)) continue;
    seen.add(key);
    const roll = random();
    const status = allActive || roll < 0.9 ? 'active' : roll < 0.94 ? 'suspended' : roll < 0.97 ? 'proposed' : 'terminated';
    const kind = random() < 0.85 ? 'sister_city' : random() < 0.5 ? 'friendship_city' : 'other';
    const start = random() < 0.3 ? `${1950 + Math.floor(random() * 75)}-0${1 + Math.floor(random() * 9)}-15` : '';
    rows.push([randomUUID(), member, partner, kind, status, start]);
  }
  for (let i = 0; i < rows.length; i += 5_000) {
    const batch = rows.slice(i, i + 5_000);
    const column = (c: number) => batch.map((row) => row[c]!);
    await db.$executeRawUnsafe(
      `INSERT INTO partnerships (id, member_city_id, partner_city_id, kind, focus_areas, status, start_date, current_version, updated_at)
       SELECT id::uuid, m, p, k::"PartnershipKind", '{}', s::"PartnershipStatus", nullif(d, '')::date, 1, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, m, p, k, s, d)`,
      column(0), column(1), column(2), column(3), column(4), column(5),
    );
  }
  const which = allActive ? 'active partnerships' : 'partnerships';
  return `SYNTHETIC: ${count.toLocaleString('en-US')} ${which} between random pairs of the 20,000 most populous gazetteer cities`;
}
