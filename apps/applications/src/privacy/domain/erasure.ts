import type { ApplicantErasureView } from '@scn/contracts';

/** The reason an erasure's withdrawals carry (the applicant's own words are not kept). */
export const ERASURE_WITHDRAW_REASON = 'The applicant erased their data';

/**
 * Keys of history details that hold someone's own words about the applicant (a withdrawal's
 * or a refusal's reason, a note): removed from the history of an erased applicant's
 * applications. What remains says what happened, to which program, and when.
 */
export const FREE_TEXT_DETAIL_KEYS = ['reason', 'note', 'comment'] as const;

/**
 * What an erasure does to one of the applicant's applications: withdraw it (freeing any
 * place it holds for the next on the waitlist), or keep it as it is — already withdrawn,
 * or holding a place whose travel has begun (that exchange happened: it stays counted).
 * Either way the row is then kept only as an anonymous count.
 */
export function erasureStep(application: { status: string }, travelBegan: boolean): 'withdraw' | 'keep' {
  if (application.status === 'withdrawn' || travelBegan) return 'keep';
  return 'withdraw';
}

/** Whether the travel of the place held has begun (`travelStart`: the program's first day; none held: false). */
export function travelHasBegun(travelStart: Date | undefined, now: Date): boolean {
  return travelStart !== undefined && travelStart.getTime() <= now.getTime();
}

/** The erasure as its applicant reads it (every time they ask: a second erasure answers the same). */
export function erasureView(row: { accountId: string; erasedAt: Date; applications: number; placesFreed: number }): ApplicantErasureView {
  return { applicantId: row.accountId, erasedAt: row.erasedAt.toISOString(), applicationsKept: row.applications, placesFreed: row.placesFreed };
}
