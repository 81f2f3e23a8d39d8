import type { ExchangeProgram } from './exchange-program.entity';

/**
 * What the window scheduler does to a published program at `now`: open its window when the
 * opening time has come (not while paused: no new applications then), close it when the
 * closing time has come. A program whose both times passed while the service was down gets
 * both, in order. Anything else (already closed, not due) is no change, so a replica
 * repeating the step on a program another one just handled records nothing.
 */
export function windowStep(program: ExchangeProgram, now: Date): void {
  const state = program.state;
  if (state.status !== 'published') return;
  if (!state.paused) program.openWindow(now);
  if (Date.parse(state.applicationClosesAt) <= now.getTime()) program.closeWindow(now);
}
