import type { KnownReviewerState } from '../domain/known-reviewer';
import type { Db, Tx } from './review-db';

const FIELDS = { accountId: true, email: true, displayName: true, programIds: true, disabled: true } as const;

/** Reviewers as the gateway's account events describe them. */
export const knownReviewerRepository = {
  /** The reviewer, locked until the transaction ends (two events of one account apply one after the other). */
  async findForUpdate(tx: Tx, accountId: string): Promise<KnownReviewerState | null> {
    await tx.$queryRaw`SELECT 1 FROM known_reviewers WHERE account_id = ${accountId}::uuid FOR UPDATE`;
    return tx.knownReviewer.findUnique({ where: { accountId }, select: FIELDS });
  },

  async findMany(db: Db, accountIds: readonly string[]): Promise<Map<string, KnownReviewerState>> {
    if (accountIds.length === 0) return new Map();
    const rows = await db.knownReviewer.findMany({ where: { accountId: { in: [...accountIds] } }, select: FIELDS });
    return new Map(rows.map((row) => [row.accountId, row]));
  },

  async save(tx: Tx, state: KnownReviewerState): Promise<void> {
    const { accountId, ...data } = state;
    await tx.knownReviewer.upsert({ where: { accountId }, create: state, update: data });
  },
};
