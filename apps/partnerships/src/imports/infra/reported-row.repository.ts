import { Prisma, type ImportProblem } from '@scn-prisma/partnerships';
import type { ImportReportedRowView, ImportRowSettlementView, ImportSideCandidates } from '@scn/contracts';
import type { GazetteerCity } from '../domain/city-matcher';
import { importError } from '../domain/import.errors';
import type { ProgramsByCity } from '../domain/row-placement';
import type { ReportedRowState, StoredReading, StoredSettlement } from '../domain/row-settlement';

export type Tx = Prisma.TransactionClient;

/** A reported row, locked, with its import's preview flag. */
export interface LockedRow {
  record: ImportProblem;
  state: ReportedRowState;
}

/** As stored → as the API names them (an ambiguous row is an unmatched one with candidates). */
const API_KIND = { unmatched: 'unmatched', ambiguous: 'unmatched', city_added: 'city-added', noted: 'noted' } as const;

/**
 * Loads a reported row of an import and locks it until the transaction ends: two people
 * (or one twice) settling the same row at once take turns, the second seeing what the
 * first wrote. 404 for an unknown import, or a row the import does not report.
 */
export async function lockReportedRow(tx: Tx, importId: string, rowNumber: number): Promise<LockedRow> {
  const job = await tx.importJob.findUnique({ where: { id: importId }, select: { id: true, dryRun: true } });
  if (!job) throw importError('notFound', `No import ${importId}`);
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM import_problems WHERE job_id = ${importId}::uuid AND row_number = ${rowNumber} ORDER BY id LIMIT 1 FOR UPDATE`;
  if (!locked[0]) throw importError('rowNotFound', `Import ${importId} reports no row ${rowNumber}`);
  const record = await tx.importProblem.findUniqueOrThrow({ where: { id: locked[0].id } });
  return { record, state: stateOf(record, job.dryRun) };
}

export function stateOf(record: ImportProblem, dryRun: boolean): ReportedRowState {
  return {
    kind: record.kind,
    dryRun,
    reading: (record.reading as StoredReading | null) ?? null,
    candidates: (record.candidates as ImportSideCandidates[] | null) ?? [],
    resolution: record.resolution,
    settlement: (record.resolutionDetails as StoredSettlement | null) ?? null,
  };
}

/** Writes how the row stands now. */
export async function saveSettlement(
  tx: Tx,
  id: string,
  change: { resolution?: 'loaded' | 'dismissed'; settlement: StoredSettlement; by?: string | null; at?: Date },
): Promise<ImportProblem> {
  return tx.importProblem.update({
    where: { id },
    data: {
      ...(change.resolution && { resolution: change.resolution, resolvedBy: change.by ?? null, resolvedAt: change.at ?? new Date() }),
      resolutionDetails: change.settlement as Prisma.InputJsonObject,
    },
  });
}

/** Cities of the gazetteer by id, as the import's matching reads them. */
export async function citiesById(tx: Tx, ids: readonly string[]): Promise<Map<string, GazetteerCity>> {
  const cities = await tx.$queryRawUnsafe<GazetteerCity[]>(
    `SELECT id, name, alt_names AS "altNames", country_code AS "countryCode", region_code AS "regionCode",
            latitude, longitude, population, source
       FROM cities WHERE id = ANY($1::text[])`,
    [...ids],
  );
  return new Map(cities.map((city) => [city.id, city]));
}

/** The member programs of the given cities, first registered first. */
export async function programsOf(tx: Tx, cityIds: readonly string[]): Promise<ProgramsByCity> {
  const programs = await tx.memberProgram.findMany({
    where: { cityId: { in: [...cityIds] } },
    orderBy: [{ cityId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, cityId: true },
  });
  const byCity = new Map<string, Array<{ id: string; name: string }>>();
  for (const program of programs) byCity.set(program.cityId, [...(byCity.get(program.cityId) ?? []), { id: program.id, name: program.name }]);
  return byCity;
}

/** A reported row as the API shows it, with where it stands. */
export function toReportedRowView(record: ImportProblem, dryRun: boolean): ImportReportedRowView {
  return {
    rowNumber: record.rowNumber,
    kind: API_KIND[record.kind],
    ...(record.kind === 'ambiguous' && { ambiguous: true as const }),
    ...(record.candidates !== null && { candidates: record.candidates as ImportSideCandidates[] }),
    reason: record.reason,
    addedCityIds: record.addedCityIds,
    row: record.row as Record<string, string>,
    settlement: settlementOf(record, dryRun),
  };
}

function settlementOf(record: ImportProblem, dryRun: boolean): ImportRowSettlementView {
  const state = stateOf(record, dryRun);
  const s = state.settlement ?? {};
  // A preview's rows read as the report says (loaded: would be loaded); they are never settled.
  const loadedByImport = record.kind === 'noted' || record.kind === 'city_added';
  const settled = record.resolution ?? (loadedByImport ? 'loaded' : 'open');
  const loaded = settled === 'loaded';
  return {
    state: settled,
    by: record.resolvedBy,
    at: record.resolvedAt?.toISOString() ?? null,
    memberCityId: loaded ? (s.memberCityId ?? state.reading?.memberCityId ?? null) : null,
    partnerCityId: loaded ? (s.partnerCityId ?? state.reading?.partnerCityId ?? null) : null,
    partnershipId: s.partnershipId ?? null,
    created: s.created ?? null,
    addedCityIds: s.addedCityIds ?? [],
    reason: s.reason ?? null,
    corrections: s.corrections ?? [],
  };
}
