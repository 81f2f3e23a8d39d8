import type { ExchangeProgram } from './exchange-program.entity';

/** What the exchanges service takes from `matching.run-completed.v1`: which run, of which season. */
export interface CommittedMatchingRun {
  runId: string;
  season: number;
}

/**
 * What a listed program did when its season's matching was committed:
 * - `allocated`: it was closed, and is now allocated;
 * - `closed-and-allocated`: it was still published (matching committed before its window
 *   closed): its window closed, then it was allocated;
 * - `unchanged`: already allocated or beyond (in progress, completed), or cancelled: nothing to do;
 * - `not-announced`: a draft (nobody could apply to it), left as it is;
 * - `other-season`: the program belongs to another season than the run's, left as it is.
 */
export type MatchingAllocationOutcome = 'allocated' | 'closed-and-allocated' | 'unchanged' | 'not-announced' | 'other-season';

/**
 * What a program named by a committed matching run does at `now`: the run placed
 * participants in it, so it is allocated. A program still published (its window not yet
 * closed, or closed on time but not yet stepped by the scheduler) closes its window first
 * (`early` when its closing time had not come) and is then allocated: both lines of its
 * history name the run, and `exchange-program.window-closed.v1` tells its followers, as a
 * manager's early close would. A program already allocated, in progress, completed or
 * cancelled records nothing, so a repeated run (or a redelivered event) changes nothing;
 * a draft, or a program of another season, is not the run's to allocate and records
 * nothing either (the caller logs these).
 */
export function matchingAllocationStep(run: CommittedMatchingRun, program: ExchangeProgram, now: Date): MatchingAllocationOutcome {
  const state = program.state;
  if (state.season !== run.season) return 'other-season';
  switch (state.status) {
    case 'draft':
      return 'not-announced';
    case 'published':
      program.closeWindow(now, now.getTime() < Date.parse(state.applicationClosesAt), run);
      program.allocate(run);
      return 'closed-and-allocated';
    case 'closed':
      program.allocate(run);
      return 'allocated';
    case 'allocated':
    case 'in_progress':
    case 'completed':
    case 'cancelled':
      return 'unchanged';
  }
}
