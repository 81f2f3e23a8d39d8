import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { ImportSideCandidates } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { StoredReading } from '../domain/row-settlement';
import { assertStillRunning } from './import-job.progress';
import { loadPartnerships, type NewPartnership } from './loaded-partnerships';

export type { NewPartnership } from './loaded-partnerships';

/**
 * A row the import reports: not imported (`unmatched`, or `ambiguous` with the candidates
 * of its names), imported after adding the cities it names, or imported with something to
 * check (`noted`: a city chosen among several of its name, a member program not found).
 */
export interface ReportedRow {
  rowNumber: number;
  kind: 'unmatched' | 'ambiguous' | 'city_added' | 'noted';
  reason: string;
  addedCityIds: string[];
  candidates?: ImportSideCandidates[];
  row: Record<string, string>;
  /** The row as read (its sides' cities, its fields): what settling or correcting it later builds on. */
  reading?: StoredReading;
}

export interface ImportBatch {
  rows: number;
  create: NewPartnership[];
  /** Rows whose pair already had a partnership (in the database, or earlier in the file). */
  unchanged: number;
  reports: ReportedRow[];
}

export interface ImportJobRef {
  id: string;
  createdBy: string | null;
  /** A preview: the counts and the report are written, no partnership, history or event. */
  dryRun?: boolean;
}

/** How long one batch may hold its transaction (hundreds of rows and their events). */
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/**
 * Writes one batch of an import in one transaction: the partnerships (active, version 1
 * in force), their history, one `partnership.activated.v1` event each (marked `imported`:
 * an existing partnership, announced to nobody), the reported rows,
 * and the job's progress and heartbeat — all or nothing, so progress never counts rows that
 * were not written. A job no longer running (marked interrupted) takes no more writes. A
 * preview (`dryRun`) writes the reported rows and the progress only.
 */
@Injectable()
export class ImportBatchWriter {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
  ) {}

  /** Returns how many partnerships were created (a pair another import created meanwhile is unchanged). */
  async write(job: ImportJobRef, batch: ImportBatch): Promise<number> {
    return this.db.$transaction(async (tx) => {
      // A preview counts what the batch would create (pairs new to the database and the file).
      const created = job.dryRun
        ? batch.create.length
        : (await loadPartnerships(tx, this.outbox, batch.create, { importId: job.id, actorId: job.createdBy, announce: false })).length;
      if (batch.reports.length) {
        await tx.$executeRawUnsafe(
          INSERT_REPORTS,
          batch.reports.map(() => uuidv7()),
          job.id,
          batch.reports.map((report) => report.rowNumber),
          batch.reports.map((report) => report.kind),
          batch.reports.map((report) => report.reason),
          batch.reports.map((report) => report.addedCityIds.join(' ')),
          batch.reports.map((report) => JSON.stringify(report.row)),
          batch.reports.map((report) => (report.candidates?.length ? JSON.stringify(report.candidates) : null)),
          batch.reports.map((report) => (report.reading ? JSON.stringify(report.reading) : null)),
        );
      }
      const unmatched = batch.reports.filter((report) => report.kind === 'unmatched' || report.kind === 'ambiguous').length;
      const ambiguous = batch.reports.filter((report) => report.kind === 'ambiguous').length;
      assertStillRunning(
        await tx.$executeRaw`UPDATE import_jobs
            SET processed_rows = processed_rows + ${batch.rows}, created_count = created_count + ${created},
                unchanged_count = unchanged_count + ${batch.unchanged + batch.create.length - created},
                unmatched_count = unmatched_count + ${unmatched}, ambiguous_count = ambiguous_count + ${ambiguous}, heartbeat_at = now()
          WHERE id = ${job.id}::uuid AND status = 'running'`,
      );
      return created;
    }, BATCH_TRANSACTION);
  }
}

// City ids hold no spaces: one text per row carries a row's list through unnest.
const INSERT_REPORTS = `
  INSERT INTO import_problems (id, job_id, row_number, kind, reason, added_city_ids, row, candidates, reading)
  SELECT id, $2::uuid, row_number, kind::"ImportReportKind", reason,
         CASE WHEN cities = '' THEN '{}'::text[] ELSE string_to_array(cities, ' ') END, row::jsonb, candidates::jsonb, reading::jsonb
    FROM unnest($1::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
      AS t(id, row_number, kind, reason, cities, row, candidates, reading)`;
