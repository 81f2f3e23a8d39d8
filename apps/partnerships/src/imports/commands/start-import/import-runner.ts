import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { ImportColumns, ImportSideCandidates } from '@scn/contracts';
import { DATABASE, ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { CityMatcher } from '../../domain/city-matcher';
import { CountryResolver } from '../../domain/country-resolver';
import { decisionOf, RowMatcher, type RowDecision, type RowReading, type SideCandidates, type SideCoordinates } from '../../domain/import-row';
import { placePair } from '../../domain/row-placement';
import type { StoredReading } from '../../domain/row-settlement';
import type { CsvRow } from '../../infra/csv-rows';
import { ImportCompletionWriter } from '../../infra/import-completion.writer';
import { ImportBatchWriter, type ImportBatch, type ImportJobRef, type ReportedRow } from '../../infra/import-batch.writer';
import { IMPORT_HEARTBEAT_MS, ImportNoLongerRunning } from '../../infra/import-job.progress';
import { loadImportReferences, type ImportReferences } from '../../infra/import-references';
import { MissingCitiesStep, type RowReadings } from './missing-cities.step';

/** Rows written per transaction: progress moves by this much. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportRun {
  job: ImportJobRef;
  rows: CsvRow[];
  columns: ImportColumns;
  /** Which sides carry coordinates (the others are matched by name). */
  coordinates?: SideCoordinates;
  /** Add the cities the gazetteer lacks from the file instead of reporting their rows. */
  addMissingCities: boolean;
}

class ImportInterrupted extends Error {}

/**
 * Runs imports in the background of the service: the request that started one has its
 * answer already; progress is read from the job row, updated with every batch. On
 * shutdown a run stops between batches and its job says so: what was written stays, and
 * importing the file again finishes it (rows already imported are unchanged). A run beats
 * a heartbeat on its job, so a job whose run died with the process is told from a live one
 * (`MarkInterruptedImportsHandler`).
 */
@Injectable()
export class ImportRunner implements BeforeApplicationShutdown {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private readonly logger: Logger;
  private readonly countries = new CountryResolver();

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly writer: ImportBatchWriter,
    private readonly completion: ImportCompletionWriter,
    private readonly missingCities: MissingCitiesStep,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  start(run: ImportRun): void {
    const promise = this.run(run).finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private async run(run: ImportRun): Promise<void> {
    const { job, rows } = run;
    const started = Date.now();
    const heartbeat = setInterval(() => void this.beat(job), IMPORT_HEARTBEAT_MS);
    heartbeat.unref();
    try {
      const references = await loadImportReferences(this.db, this.countriesOf(rows, run.columns));
      const readings = await this.readings(run, references);
      const seen = references.existingPairs;
      let created = 0;
      for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
        if (this.stopping) throw new ImportInterrupted();
        const batch = this.batchOf(rows.slice(start, start + IMPORT_BATCH_SIZE), readings, references, seen, run.columns);
        created += await this.writer.write(job, batch);
      }
      // Completed, with the one event that tells whoever started it (the rows' events tell nobody).
      await this.completion.complete(job);
      this.logger.info({ importId: job.id, rows: rows.length, created, ms: Date.now() - started }, 'import completed');
    } catch (error) {
      await this.recordFailure(job, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The rows' reader; with `addMissingCities`, once the cities the gazetteer lacks are added. */
  private async readings({ job, rows, columns, coordinates, addMissingCities }: ImportRun, references: ImportReferences): Promise<RowReadings> {
    const gazetteer = new CityMatcher(references.cities);
    const reader = new RowMatcher(columns, this.countries, gazetteer, coordinates);
    if (!addMissingCities) return { reader, additions: new Map(), refusals: new Map() };
    return this.missingCities.apply(job, rows, { reader, gazetteer, cities: references.cities }, () => this.pause());
  }

  /** Lets the service answer between chunks of a long computation; a shutdown stops the run there. */
  private async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.stopping) throw new ImportInterrupted();
  }

  private async recordFailure(job: ImportJobRef, error: unknown): Promise<void> {
    if (error instanceof ImportNoLongerRunning) {
      this.logger.warn({ importId: job.id }, error.message);
      return;
    }
    const interrupted = error instanceof ImportInterrupted;
    if (!interrupted) this.logger.error({ err: error, importId: job.id }, 'import failed');
    const message = interrupted
      ? 'Interrupted: the service stopped. Rows imported so far are kept; import the file again to finish.'
      : `The import stopped: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1_000);
    // A job already marked interrupted keeps that reason.
    await this.db.importJob
      .updateMany({ where: { id: job.id, status: 'running' }, data: { status: 'failed', error: message, finishedAt: new Date() } })
      .catch((failure: unknown) => this.logger.error({ err: failure, importId: job.id }, 'could not record the failure of an import'));
  }

  /** Tells other replicas the run is alive between writes (a write beats too). */
  private async beat(job: ImportJobRef): Promise<void> {
    await this.db.$executeRaw`UPDATE import_jobs SET heartbeat_at = now() WHERE id = ${job.id}::uuid AND status = 'running'`.catch(
      (error: unknown) => this.logger.warn({ err: error, importId: job.id }, 'import heartbeat failed'),
    );
  }

  /** Matches a batch of rows; a pair seen before (in the database or earlier in the file) is unchanged. */
  private batchOf(rows: CsvRow[], readings: RowReadings, references: ImportReferences, seen: Set<string>, columns: ImportColumns): ImportBatch {
    const batch: ImportBatch = { rows: rows.length, create: [], unchanged: 0, reports: [] };
    for (const { rowNumber, record } of rows) {
      const reading = readings.read?.get(rowNumber) ?? readings.reader.read(record);
      const decision = decisionOf(reading);
      // The network's own city is the member side, whichever column the file lists it in
      // (the city of the member program the row names, when it names one found).
      const placed = decision.kind === 'pair' ? placePair(decision.member, decision.partner, decision.programName, references.programsByCity) : undefined;
      const report = reportOf(rowNumber, record, decision, placed?.programNote, readings);
      // What a person settling (or correcting) the row later builds on.
      if (report) batch.reports.push({ ...report, reading: storedReadingOf(reading, decision, columns) });
      if (decision.kind === 'problem' || !placed) continue;
      if (seen.has(decision.key)) {
        batch.unchanged++;
        continue;
      }
      seen.add(decision.key);
      const { member, partner } = placed;
      batch.create.push({
        id: uuidv7(),
        key: decision.key,
        member,
        partner,
        memberProgramId: placed.memberProgramId,
        kind: decision.partnershipKind,
        startYear: decision.startYear,
        rowNumber,
        remarks: decision.remarks,
      });
    }
    return batch;
  }

  /** The countries the file names (and their parts with codes of their own): only their cities are read from the gazetteer. */
  private countriesOf(rows: CsvRow[], columns: ImportColumns): string[] {
    const codes = new Set<string>();
    const sides = [
      [columns.memberCountry, columns.memberCity],
      [columns.partnerCountry, columns.partnerCity],
    ] as const;
    for (const { record } of rows) {
      for (const [country, city] of sides) {
        const resolved = this.countries.resolve(record[country] ?? '', record[city] ?? '');
        if ('codes' in resolved) [...resolved.codes, ...resolved.partCodes].forEach((code) => codes.add(code));
      }
    }
    return [...codes];
  }
}

/**
 * What the report says of a row: why it was not imported (and, with `addMissingCities`,
 * why its cities were not added), or which cities it added; nothing for a plain match.
 */
function reportOf(
  rowNumber: number,
  row: Record<string, string>,
  decision: RowDecision,
  programNote: string | undefined,
  readings: RowReadings,
): ReportedRow | undefined {
  const added = readings.additions.get(rowNumber) ?? [];
  const addedCityIds = added.map((side) => side.city.id);
  if (decision.kind === 'problem') {
    const reason = [decision.reason, readings.refusals.get(rowNumber), ...added.map((side) => side.reason)].filter(Boolean).join('; ');
    const candidates = (decision.ambiguous ?? []).map(candidatesView);
    return { rowNumber, kind: candidates.length ? 'ambiguous' : 'unmatched', reason, addedCityIds, row, candidates };
  }
  const notes = [...decision.notes, ...(programNote ? [programNote] : [])];
  const candidates = decision.choices.map(candidatesView);
  if (added.length) {
    return { rowNumber, kind: 'city_added', reason: [...added.map((side) => side.reason), ...notes].join('; '), addedCityIds, row, candidates };
  }
  if (!notes.length) return undefined;
  return { rowNumber, kind: 'noted', reason: notes.join('; '), addedCityIds, row, candidates };
}

/** The candidates of a side as the report lists them. */
function candidatesView(side: SideCandidates): ImportSideCandidates {
  return {
    column: side.column,
    chosenCityId: side.chosen?.id ?? null,
    cities: side.cities.map((city) => ({
      cityId: city.id,
      name: city.name,
      countryCode: city.countryCode,
      regionCode: city.regionCode ?? null,
      population: city.population ?? 0,
    })),
  };
}

/**
 * The row as read, kept with its report: each side's column and matched city (null where
 * a person must give one), its other fields, and what besides its cities keeps it from
 * loading. For a loaded row, the sides are the file's (before the member side is placed).
 */
function storedReadingOf(reading: RowReading, decision: RowDecision, columns: ImportColumns): StoredReading {
  const kind = typeof reading.kind === 'string' ? reading.kind : null;
  const startYear = typeof reading.startYear === 'number' ? reading.startYear : null;
  const blockers = [reading.kind, reading.startYear].flatMap((value) => (typeof value === 'object' && value !== null ? [value.reason] : []));
  const cityOf = (side: RowReading['member']) => (side.matched ? side.city.id : null);
  const memberCityId = decision.kind === 'pair' ? decision.member.id : cityOf(reading.member);
  const partnerCityId = decision.kind === 'pair' ? decision.partner.id : cityOf(reading.partner);
  // Both sides matched, and still not a pair: one city on both sides.
  if (decision.kind === 'problem' && memberCityId && partnerCityId && !blockers.length) blockers.push(decision.reason);
  return {
    memberColumn: columns.memberCity,
    partnerColumn: columns.partnerCity,
    memberCityId,
    partnerCityId,
    kind,
    startYear,
    programName: reading.programName ?? null,
    remarks: reading.remarks ?? null,
    blockers,
  };
}
