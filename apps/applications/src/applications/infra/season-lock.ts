import type { SqlExecutor } from '@scn/messaging';

/**
 * Serialises what changes a season's places: matching runs (a commit must not race another
 * commit, nor a preview it checks against) and every transaction that frees a place and
 * promotes the next in line. A transaction-scoped advisory lock, taken before any row
 * lock, released at commit or rollback (in a Prisma transaction or on a plain `pg` connection).
 */
export async function lockSeason(sql: SqlExecutor, season: number): Promise<void> {
  await sql.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))::text`, `matching-season:${season}`);
}
