import type { Tx } from '../infra/exchange-program.repository';

/**
 * Claims one published program whose window is due to open or close at `now`, locking its
 * row until the transaction ends. SKIP LOCKED lets replicas ticking at the same moment each
 * take another program instead of waiting for (and then repeating) the same one; `skip`
 * holds the programs this tick already failed on, so one bad row does not stall the rest.
 * Only the program row is locked: the scheduler never waits for a partnership row, so it
 * cannot deadlock with a partnership event that holds one.
 */
export async function claimDueWindow(tx: Tx, now: Date, skip: readonly string[]): Promise<string | null> {
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
