import type { RefereesView } from '@scn/contracts';

export const REFEREE_FIELDS = {
  id: true,
  refereeName: true,
  refereeEmail: true,
  requestedAt: true,
  linkExpiresAt: true,
  receivedAt: true,
} as const;

type RefereeRow = { id: string; refereeName: string; refereeEmail: string; requestedAt: Date; linkExpiresAt: Date; receivedAt: Date | null };

/** The referees of a choice as the applicant sees them: whether a letter was received, never the letter. */
export function refereesView(applicationId: string, exchangeProgramId: string, required: number, rows: readonly RefereeRow[]): RefereesView {
  return {
    applicationId,
    exchangeProgramId,
    required,
    referees: rows.map((row) => ({
      id: row.id,
      name: row.refereeName,
      email: row.refereeEmail,
      requestedAt: row.requestedAt.toISOString(),
      linkExpiresAt: row.linkExpiresAt.toISOString(),
      status: row.receivedAt ? 'received' : 'requested',
      receivedAt: row.receivedAt?.toISOString() ?? null,
    })),
  };
}
