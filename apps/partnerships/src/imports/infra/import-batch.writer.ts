import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { termsHash } from '../../partnerships/domain/terms-hash';
import type { GazetteerCity } from '../domain/city-matcher';
import type { PartnershipKind } from '../domain/import-row';
import { importedTerms } from '../domain/imported-terms';

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
}

export interface ImportBatch {
  rows: number;
  create: NewPartnership[];
  /** Rows whose pair already had a partnership (in the database, or earlier in the file). */
  unchanged: number;
  problems: Array<{ rowNumber: number; reason: string; row: Record<string, string> }>;
}

export interface ImportJobRef {
  id: string;
  createdBy: string | null;
}

/** How long one batch may hold its transaction (hundreds of rows and their events). */
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/**
 * Writes one batch of an import in one transaction: the partnerships (active, version 1
 * in force), their history, one `partnership.activated.v1` event each, the problems, and
 * the job's progress — all or nothing, so progress never counts rows that were not written.
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
      // Set-based SQL: hundreds of rows per statement instead of one round trip each.
      const inserted = rows.length
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
      if (created.length) {
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
          created.map(({ row }) => JSON.stringify({ importId: job.id, rowNumber: row.rowNumber })),
          job.createdBy,
        );
      }
      // Issued together: the transaction's connection runs them in order while the next events are built.
      await Promise.all(
        created.map(({ row, hash }) =>
          this.outbox.add(tx, 'partnership.activated.v1', row.id, {
            partnershipId: row.id,
            memberProgramId: row.memberProgramId,
            memberCityId: row.member.id,
            partnerCityId: row.partner.id,
            memberCountryCode: row.member.countryCode,
            partnerCountryCode: row.partner.countryCode,
            version: 1,
            termsHash: hash,
            startDate: row.startYear === null ? null : `${row.startYear}-01-01`,
            firstSigning: true,
          }),
        ),
      );
      if (batch.problems.length) {
        await tx.$executeRawUnsafe(
          INSERT_PROBLEMS,
          batch.problems.map(() => uuidv7()),
          job.id,
          batch.problems.map((problem) => problem.rowNumber),
          batch.problems.map((problem) => problem.reason),
          batch.problems.map((problem) => JSON.stringify(problem.row)),
        );
      }
      await tx.importJob.update({
        where: { id: job.id },
        data: {
          processedRows: { increment: batch.rows },
          createdCount: { increment: created.length },
          unchangedCount: { increment: batch.unchanged + rows.length - created.length },
          unmatchedCount: { increment: batch.problems.length },
        },
      });
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

const INSERT_PROBLEMS = `
  INSERT INTO import_problems (id, job_id, row_number, reason, row)
  SELECT id, $2::uuid, row_number, reason, row::jsonb FROM unnest($1::uuid[], $3::int[], $4::text[], $5::text[]) AS t(id, row_number, reason, row)`;
