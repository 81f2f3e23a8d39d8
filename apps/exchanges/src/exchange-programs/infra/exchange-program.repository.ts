import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import type { ExchangeProgramView } from '@scn/contracts';
import { DATABASE, type RawSql } from '@scn/platform';
import type { RecordedChange } from '@scn/platform/domain';
import { v7 as uuidv7 } from 'uuid';
import type { ExchangeProgramState } from '../domain/exchange-program.state';
import { toColumns, toManagementView, toProgramState } from './exchange-program.mapper';

export type Tx = Prisma.TransactionClient;
/** How many changes a program's view shows. */
const RECENT_CHANGES = 20;

/** Reads and writes exchange programs with their history. */
@Injectable()
export class ExchangeProgramRepository {
  constructor(@Inject(DATABASE) readonly db: PrismaClient) {}

  /** The partnership a program belongs to, read without a lock (it never changes). */
  async partnershipOf(tx: Tx, id: string): Promise<string | null> {
    const row = await tx.exchangeProgram.findUnique({ where: { id }, select: { partnershipId: true } });
    return row?.partnershipId ?? null;
  }

  /** Loads a program and locks its row until the transaction ends: concurrent commands run one after the other. */
  async lockForChange(tx: Tx, id: string): Promise<{ state: ExchangeProgramState; revision: number } | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM exchange_programs WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    const row = await tx.exchangeProgram.findUniqueOrThrow({ where: { id } });
    return { state: toProgramState(row), revision: row.revision };
  }

  /**
   * Claims one published program whose window is due to open or close at `now`, locking its
   * row until the transaction ends. SKIP LOCKED lets replicas ticking at the same moment each
   * take another program instead of waiting for (and then repeating) the same one; `skip`
   * holds the programs this tick already failed on, so one bad row does not stall the rest.
   * Only the program row is locked: the scheduler never waits for a partnership row, so it
   * cannot deadlock with a partnership event that holds one.
   */
  async claimDueWindow(tx: Tx, now: Date, skip: readonly string[]): Promise<string | null> {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id::text AS id FROM exchange_programs
      WHERE status = 'published'
        AND ((window_opened_at IS NULL AND NOT paused AND application_opens_at <= ${now})
             OR application_closes_at <= ${now})
        AND NOT (id = ANY(${skip as string[]}::uuid[]))
      ORDER BY application_opens_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    return rows[0]?.id ?? null;
  }

  /** The programs of a partnership not yet over (completed or cancelled), in id order: the order they are locked in. */
  async unfinishedOf(tx: RawSql, partnershipId: string): Promise<string[]> {
    // Raw SQL: asked at every status change of a partnership, in its event's transaction,
    // which for most of them is on the pg pool (a partnership with no program under it).
    const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT id FROM exchange_programs WHERE partnership_id = $1::uuid AND status NOT IN ('completed', 'cancelled') ORDER BY id`,
      partnershipId,
    );
    return rows.map((row) => row.id);
  }

  /** Which of `ids` are programs here (each once), in id order: the order they are locked in. */
  async existingAmong(tx: Tx, ids: readonly string[]): Promise<string[]> {
    const programs = await tx.exchangeProgram.findMany({ where: { id: { in: [...ids] } }, select: { id: true }, orderBy: { id: 'asc' } });
    return programs.map((program) => program.id);
  }

  async insert(tx: Tx, state: ExchangeProgramState): Promise<void> {
    await tx.exchangeProgram.create({ data: { id: state.id, ...toColumns(state) } });
  }

  /** Writes the new state; the revision check is a second guard behind the row lock. */
  async update(tx: Tx, state: ExchangeProgramState, revision: number): Promise<void> {
    const { count } = await tx.exchangeProgram.updateMany({
      where: { id: state.id, revision },
      data: { ...toColumns(state), revision: { increment: 1 } },
    });
    if (count !== 1) throw new Error(`exchange program ${state.id} changed under its lock (revision ${revision})`);
  }

  async addHistory(tx: Tx, exchangeProgramId: string, actorId: string | null, change: RecordedChange, at: Date): Promise<void> {
    await tx.exchangeProgramChange.create({
      data: { id: uuidv7(), exchangeProgramId, actorId, action: change.action, details: change.details as Prisma.InputJsonObject, at },
    });
  }

  /** The management view of a program, or null. */
  async view(id: string, tx: Tx | PrismaClient = this.db): Promise<ExchangeProgramView | null> {
    const row = await tx.exchangeProgram.findUnique({
      where: { id },
      include: { changes: { orderBy: [{ at: 'desc' }, { id: 'desc' }], take: RECENT_CHANGES } },
    });
    return row ? toManagementView(row, row.changes) : null;
  }
}
