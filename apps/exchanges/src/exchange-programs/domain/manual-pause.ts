import type { ExchangeProgram } from './exchange-program.entity';
import { ExchangeProgramErrors } from './exchange-program.errors';
import { pausedBySuspension } from './partnership-reaction';

/**
 * A manager pauses a program by hand: the cause names them and carries their note, and
 * only a manager resumes it (a partnership's reactivation leaves it paused). A program
 * already paused keeps its first cause, as any pause does.
 */
export function pauseByManager(program: ExchangeProgram, by: string | null, note: string): void {
  program.pause({ code: 'paused-by-manager', by, note });
}

/**
 * A manager resumes a program by hand, unless its suspended partnership paused it: that
 * pause lifts with the reactivation, or the program would take applications under a
 * suspended partnership. A program that is not paused stays as it is.
 */
export function resumeByManager(program: ExchangeProgram): void {
  if (pausedBySuspension(program.state)) throw ExchangeProgramErrors.pausedByPartnership(program.state.id);
  program.resume();
}
