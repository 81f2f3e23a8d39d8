import type { PartnershipStatusChange } from '../../known-partnerships/domain/known-partnership';
import type { ExchangeProgram } from './exchange-program.entity';
import type { ExchangeProgramState, ExchangeProgramStatus } from './exchange-program.state';

const TERMINATION_PREFIX = 'partnership terminated: ';
/** Before it runs, a program ends with its partnership; once in progress, its participants are travelling. */
const CANCELLED_ON_TERMINATION: readonly ExchangeProgramStatus[] = ['draft', 'published', 'closed', 'allocated'];

const reasonOf = (change: PartnershipStatusChange) => change.reason ?? 'no reason given';

/** Whether the program was paused because its partnership was suspended (not by its managers): decided by the cause's code. */
export function pausedBySuspension(state: Readonly<ExchangeProgramState>): boolean {
  return state.paused && state.pauseCause?.code === 'partnership-suspended';
}

/**
 * What a program does when its partnership's status changes: suspended → an open (published)
 * program stops taking applications, its cause `partnership-suspended` with the
 * suspension's reason as the note (the service pauses it: nobody's account); active again →
 * a program paused for that cause resumes (one its managers paused stays paused);
 * terminated → a program not yet in progress is cancelled, with the reason. The program
 * records what it did (nothing, for any other status).
 */
export function reactionStep(change: PartnershipStatusChange, program: ExchangeProgram): void {
  const state = program.state;
  switch (change.to) {
    case 'suspended':
      if (state.status === 'published') program.pause({ code: 'partnership-suspended', by: null, note: change.reason });
      return;
    case 'active':
      if (pausedBySuspension(state)) program.resume();
      return;
    case 'terminated':
      if (CANCELLED_ON_TERMINATION.includes(state.status)) program.cancel(TERMINATION_PREFIX + reasonOf(change));
      return;
    default:
      return;
  }
}
