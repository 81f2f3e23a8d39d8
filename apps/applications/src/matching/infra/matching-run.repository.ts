import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { MatchingOutcomeView, MatchingRunSummaryView, MatchingRunView } from '@scn/contracts';
import type { SqlExecutor } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import type { ClientBase } from 'pg';
import { copyRows } from './copy-rows';

export interface NewRun {
  id: string;
  season: number;
  seed: string;
  status: 'preview' | 'committed';
  inputHash: string;
  statistics: MatchingRunView['statistics'];
  createdBy: string | null;
  createdAt: Date;
}

/** A run as stored (its outcomes and waitlists apart). */
export interface RunRow {
  id: string;
  season: number;
  seed: string;
  status: string;
  inputHash: string;
  statistics: MatchingRunView['statistics'];
  createdAt: Date;
  committedAt: Date | null;
}

/** The figures of a run its summary shows (keys of its statistics). */
const SUMMARY_FIGURES = ['applicants', 'placed', 'placedOnFirstChoice', 'placedInTopThree', 'unplaced'] as const;

/** A run as the list reads it: its figures without each program's fill. */
export type RunSummaryRow = Omit<RunRow, 'inputHash' | 'statistics'> & Record<(typeof SUMMARY_FIGURES)[number], number>;

const RUN_COLUMNS = `id::text, season, seed, status, input_hash AS "inputHash", statistics, created_at AS "createdAt", committed_at AS "committedAt"`;

/**
 * Matching runs with their outcomes and waitlists. Written on a plain `pg` connection (a
 * season's run is 100,000 outcomes and a few hundred thousand waitlist entries: COPY);
 * read through raw SQL that both that connection and Prisma run.
 */
@Injectable()
export class MatchingRunRepository {
  constructor(@Inject(DATABASE) readonly db: PrismaClient) {}

  /** Writes a run, every outcome and every waitlist entry, in the client's transaction. */
  async insert(
    client: ClientBase,
    run: NewRun,
    outcomes: readonly MatchingOutcomeView[],
    waitlists: ReadonlyArray<{ exchangeProgramId: string; side: string; applicationIds: readonly string[] }>,
  ): Promise<void> {
    const committed = run.status === 'committed';
    await client.query(
      `INSERT INTO matching_runs (id, season, seed, status, input_hash, statistics, created_by, created_at, committed_by, committed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [run.id, run.season, run.seed, run.status, run.inputHash, JSON.stringify(run.statistics), run.createdBy, run.createdAt, committed ? run.createdBy : null, committed ? run.createdAt : null],
    );
    await copyRows(
      client,
      'matching_outcomes',
      ['run_id', 'application_id', 'applicant_id', 'side', 'lottery_number', 'placed_program_id', 'placed_choice_rank', 'explanations'],
      (function* () {
        for (const o of outcomes) {
          yield [run.id, o.applicationId, o.applicantId, o.side, o.lotteryNumber, o.placement?.exchangeProgramId ?? null, o.placement?.choiceRank ?? null, JSON.stringify(o.explanations)];
        }
      })(),
    );
    await copyRows(
      client,
      'matching_waitlist_entries',
      ['run_id', 'exchange_program_id', 'side', 'position', 'application_id'],
      (function* () {
        for (const waitlist of waitlists) {
          for (let i = 0; i < waitlist.applicationIds.length; i++) yield [run.id, waitlist.exchangeProgramId, waitlist.side, i + 1, waitlist.applicationIds[i]!];
        }
      })(),
    );
  }

  /** Marks a preview committed; false when it was not a preview any more. */
  async markCommitted(sql: SqlExecutor, id: string, by: string | null, at: Date): Promise<boolean> {
    const changed = await sql.$executeRawUnsafe(
      `UPDATE matching_runs SET status = 'committed', committed_by = $2::uuid, committed_at = $3 WHERE id = $1::uuid AND status = 'preview'`,
      id,
      by,
      at,
    );
    return changed === 1;
  }

  /** Whether the season has a committed run. */
  async seasonCommitted(sql: SqlExecutor, season: number): Promise<boolean> {
    const rows = await sql.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM matching_runs WHERE season = $1 AND status = 'committed' LIMIT 1`, season);
    return rows.length > 0;
  }

  /** A page of runs, newest first (ids are UUIDv7: by id is by creation), after `beforeId` if given; the figures read out of the statistics. */
  async list(filter: { season?: number; beforeId?: string; limit: number }): Promise<RunSummaryRow[]> {
    return this.db.$queryRawUnsafe<RunSummaryRow[]>(
      `SELECT id::text, season, seed, status, created_at AS "createdAt", committed_at AS "committedAt",
              ${SUMMARY_FIGURES.map((figure) => `COALESCE((statistics->>'${figure}')::int, 0) AS "${figure}"`).join(', ')}
         FROM matching_runs
        WHERE ($1::int IS NULL OR season = $1::int) AND ($2::uuid IS NULL OR id < $2::uuid)
        ORDER BY id DESC
        LIMIT $3`,
      filter.season ?? null,
      filter.beforeId ?? null,
      filter.limit,
    );
  }

  async find(id: string, sql: SqlExecutor = this.db): Promise<RunRow | null> {
    const rows = await sql.$queryRawUnsafe<RunRow[]>(`SELECT ${RUN_COLUMNS} FROM matching_runs WHERE id = $1::uuid`, id);
    return rows[0] ?? null;
  }
}

export function runView(row: RunRow): MatchingRunView {
  return {
    id: row.id,
    season: row.season,
    seed: row.seed,
    status: row.status as MatchingRunView['status'],
    statistics: row.statistics,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

export function runSummaryView(row: RunSummaryRow): MatchingRunSummaryView {
  return {
    id: row.id,
    season: row.season,
    seed: row.seed,
    status: row.status as MatchingRunSummaryView['status'],
    applicants: row.applicants,
    placed: row.placed,
    placedOnFirstChoice: row.placedOnFirstChoice,
    placedInTopThree: row.placedInTopThree,
    unplaced: row.unplaced,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}
