import type { MembershipStatus } from '@scn/contracts';

/** What good standing depends on. */
export interface StandingFacts {
  membership: MembershipStatus;
  duesPaidThrough: number | null;
}

/**
 * A program is in good standing while it is a member whose dues are paid through the
 * current calendar year. The year is UTC's, so the answer is the same on every server;
 * dues therefore lapse at 00:00 UTC on January 1.
 */
export function isInGoodStanding(facts: StandingFacts, now: Date): boolean {
  return facts.membership === 'member' && facts.duesPaidThrough !== null && facts.duesPaidThrough >= now.getUTCFullYear();
}
