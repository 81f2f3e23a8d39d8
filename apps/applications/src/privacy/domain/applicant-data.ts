import type { z } from 'zod';
import type { exportedHistoryLineSchema, exportedNominationSchema, exportedRefereeSchema } from '@scn/contracts';

type HistoryLine = z.infer<typeof exportedHistoryLineSchema>;
type Referee = z.infer<typeof exportedRefereeSchema>;
type Nomination = z.infer<typeof exportedNominationSchema>;

/**
 * History lines that tell a decision (the committed run's placement, a promotion before
 * the release): the applicant learns nothing of their decision before its date, in an
 * export no more than elsewhere.
 */
export const DECISION_ACTIONS = ['decided', 'promoted'] as const;

/** The application's history as its applicant may read it: in order, `byYou` for their own lines, decisions once released. */
export function visibleHistory(
  lines: ReadonlyArray<{ action: string; details: unknown; actorId: string | null; at: Date }>,
  applicantId: string,
  decisionReleased: boolean,
): HistoryLine[] {
  return lines
    .filter((line) => decisionReleased || !(DECISION_ACTIONS as readonly string[]).includes(line.action))
    .map((line) => ({
      action: line.action,
      details: isRecord(line.details) ? line.details : {},
      byYou: line.actorId === applicantId,
      at: line.at.toISOString(),
    }));
}

/** A referee as exported: named, and whether the letter arrived — never the letter. */
export function exportedReferee(row: {
  exchangeProgramId: string;
  refereeName: string;
  refereeEmail: string;
  requestedAt: Date;
  cancelledAt: Date | null;
  receivedAt: Date | null;
}): Referee {
  return {
    exchangeProgramId: row.exchangeProgramId,
    name: row.refereeName,
    email: row.refereeEmail,
    requestedAt: row.requestedAt.toISOString(),
    status: row.receivedAt ? 'received' : row.cancelledAt ? 'cancelled' : 'requested',
    receivedAt: row.receivedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}

/** Where the applicant downloads a document's bytes (below the API's base URL). */
export function documentDownloadPath(applicationId: string, requirementKey: string): string {
  return `/v1/me/applications/${applicationId}/documents/${encodeURIComponent(requirementKey)}`;
}

/** The host's answer to the nomination, once the decision is out (null before, or without one). */
export function exportedNomination(row: {
  decisionReleasedAt: Date | null;
  nominationState: string | null;
  nominationProgramId: string | null;
  nominationSide: string | null;
  nominationDecidedAt: Date | null;
  nominationReason: string | null;
}): Nomination | null {
  if (!row.decisionReleasedAt || !row.nominationState || !row.nominationProgramId || !row.nominationSide) return null;
  return {
    exchangeProgramId: row.nominationProgramId,
    side: row.nominationSide as Nomination['side'],
    state: row.nominationState as Nomination['state'],
    decidedAt: row.nominationDecidedAt?.toISOString() ?? null,
    reason: row.nominationReason,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
