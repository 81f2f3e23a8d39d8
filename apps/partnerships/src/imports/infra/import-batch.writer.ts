import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { ImportSideCandidates } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { termsHash } from '../../partnerships/domain/terms-hash';
import type { GazetteerCity } from '../domain/city-matcher';
import type { PartnershipKind } from '../domain/import-row';
import { importedTerms } from '../domain/imported-terms';
import { assertStillRunning } from './import-job.progress';

/** A partnership a row of the file creates. */
export interface NewPartnership {
  id: string;
  key: string;
  member: GazetteerCity;
  partner: GazetteerCity;
  memberProgramId: string | null;
  kind: PartnershipKind;
  startYear: number | null;
  rowNumber: number;
  /** The row's notes column, kept with the partnership's history line. */
  remarks?: string | null;
}

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
      const rows = batch.create.map((row) => {
        const terms = importedTerms(row.member.name, row.partner.name, row.kind);
        return { row, terms, hash: termsHash(terms) };
      });
      // Set-based SQL: hundreds of rows per statement instead of one round trip each. A
      // preview counts what the batch would create (pairs new to the database and the file).
      const inserted = job.dryRun
        ? rows.map(({ row }) => ({ id: row.id }))
        : rows.length
        ? await tx.$queryRawUnsafe<Array<{ id: string }>>(
            INSERT_PARTNERSHIPS,
            rows.map(({ row }) => row.id),
            rows.map(({ row }) => row.memberProgramId),
            rows.map(({ row }) => row.member.id),
            rows.map(({ row }) => row.partner.id),
            rows.map(({ row }) => row.kind),
            rows.map(({ row }) => (row.startYear === null ? null : `${row.startYear}-01-01`)),
            rows.map(({ row }) => row.key),
          )
        : [];
      const insertedIds = new Set(inserted.map((record) => record.id));
      const created = rows.filter(({ row }) => insertedIds.has(row.id));
      if (created.length && !job.dryRun) {
        await tx.$executeRawUnsafe(
          INSERT_VERSIONS,
          created.map(({ row }) => row.id),
          created.map(({ terms }) => JSON.stringify(terms)),
          created.map(({ hash }) => hash),
          job.createdBy,
        );
        await tx.$executeRawUnsafe(
          INSERT_CHANGES,
          created.map(() => uuidv7()),
          created.map(({ row }) => row.id),
          created.map(({ row }) => JSON.stringify({ importId: job.id, rowNumber: row.rowNumber, ...(row.remarks && { notes: row.remarks }) })),
          job.createdBy,
        );
      }
      // Issued together: the transaction's connection runs them in order while the next events are built.
      await Promise.all(
        (job.dryRun ? [] : created).map(({ row, terms, hash }) =>
          this.outbox.add(tx, 'partnership.activated.v1', row.id, {
            partnershipId: row.id,
            memberProgramId: row.memberProgramId,
            memberCityId: row.member.id,
            partnerCityId: row.partner.id,
            memberCountryCode: row.member.countryCode,
            partnerCountryCode: row.partner.countryCode,
            title: terms.title,
            memberCityName: row.member.name,
            partnerCityName: row.partner.name,
            version: 1,
            termsHash: hash,
            startDate: row.startYear === null ? null : `${row.startYear}-01-01`,
            firstSigning: true,
            // Not news: consumers learn it, nobody is told of it (the import's completion is).
            imported: true,
          }),
        ),
      );
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
        );
      }
      const unmatched = batch.reports.filter((report) => report.kind === 'unmatched' || report.kind === 'ambiguous').length;
      const ambiguous = batch.reports.filter((report) => report.kind === 'ambiguous').length;
      assertStillRunning(
        await tx.$executeRaw`UPDATE import_jobs
            SET processed_rows = processed_rows + ${batch.rows}, created_count = created_count + ${created.length},
                unchanged_count = unchanged_count + ${batch.unchanged + rows.length - created.length},
                unmatched_count = unmatched_count + ${unmatched}, ambiguous_count = ambiguous_count + ${ambiguous}, heartbeat_at = now()
          WHERE id = ${job.id}::uuid AND status = 'running'`,
      );
      return created.length;
    }, BATCH_TRANSACTION);
  }
}

// Two imports at once: the unique import key keeps one partnership per pair, the other
// import counts the row unchanged (only inserted rows are returned).
const INSERT_PARTNERSHIPS = `
  INSERT INTO partnerships (id, member_program_id, member_city_id, partner_city_id, kind, focus_areas, status,
                            start_date, current_version, in_force_version, import_key, updated_at)
  SELECT id, program, member, partner, kind::"PartnershipKind", '{}', 'active', start, 1, 1, key, now()
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
      AS t(id, program, member, partner, kind, start, key)
  ON CONFLICT (import_key) DO NOTHING
  RETURNING id::text AS id`;

const INSERT_VERSIONS = `
  INSERT INTO agreement_versions (partnership_id, version, terms, terms_hash, state, created_by)
  SELECT id, 1, terms::jsonb, hash, 'in_force', $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, terms, hash)`;

const INSERT_CHANGES = `
  INSERT INTO partnership_changes (id, partnership_id, actor_id, action, details)
  SELECT id, partnership, $4, 'imported', details::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, partnership, details)`;

// City ids hold no spaces: one text per row carries a row's list through unnest.
const INSERT_REPORTS = `
  INSERT INTO import_problems (id, job_id, row_number, kind, reason, added_city_ids, row, candidates)
  SELECT id, $2::uuid, row_number, kind::"ImportReportKind", reason,
         CASE WHEN cities = '' THEN '{}'::text[] ELSE string_to_array(cities, ' ') END, row::jsonb, candidates::jsonb
    FROM unnest($1::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
      AS t(id, row_number, kind, reason, cities, row, candidates)`;
