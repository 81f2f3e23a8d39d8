import type { Tx } from './application.repository';

/**
 * Serialises what changes a season's places: matching runs (a commit must not race another
 * commit, nor a preview it checks against) and every transaction that frees a place and
 * promotes the next in line. A transaction-scoped advisory lock, taken before any row
 * lock, released at commit or rollback.
 */
export async function lockSeason(tx: Tx, season: number): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`matching-season:${season}`}))::text`;
}
