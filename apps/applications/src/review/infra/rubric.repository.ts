import type { Prisma } from '@scn-prisma/applications';
import type { RubricView } from '@scn/contracts';
import type { Rubric, RubricCriterion } from '../domain/rubric';
import type { Db, Tx } from './review-db';

type Row = Prisma.ProgramRubricGetPayload<object>;

/** Programs' rubrics: one row per program. */
export const rubricRepository = {
  async find(db: Db, exchangeProgramId: string): Promise<(Rubric & { row: Row }) | null> {
    const row = await db.programRubric.findUnique({ where: { exchangeProgramId } });
    return row && { criteria: row.criteria as unknown as RubricCriterion[], blindFirstRound: row.blindFirstRound, row };
  },

  /** The rubric, locked until the transaction ends (two edits, or an edit and a scoring, run one after the other). */
  async lock(tx: Tx, exchangeProgramId: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM program_rubrics WHERE exchange_program_id = ${exchangeProgramId}::uuid FOR UPDATE`;
  },

  async save(tx: Tx, exchangeProgramId: string, rubric: Rubric, updatedBy: string): Promise<Row> {
    const data = { criteria: rubric.criteria.map((criterion) => ({ ...criterion })), blindFirstRound: rubric.blindFirstRound, updatedBy };
    return tx.programRubric.upsert({ where: { exchangeProgramId }, create: { exchangeProgramId, ...data }, update: data });
  },
};

export function toRubricView(row: Row): RubricView {
  return {
    exchangeProgramId: row.exchangeProgramId,
    criteria: row.criteria as unknown as RubricCriterion[],
    blindFirstRound: row.blindFirstRound,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Holds the rubric unchanged until the transaction ends (a scoring reads it while an edit waits). */
export async function shareRubric(tx: Tx, exchangeProgramId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM program_rubrics WHERE exchange_program_id = ${exchangeProgramId}::uuid FOR SHARE`;
}
