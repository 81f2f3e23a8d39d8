import { ExchangeProgramErrors } from './exchange-program.errors';
import type { ExchangeProgramStatus } from './exchange-program.state';

/** Statuses in which a program still runs: it may be cancelled, paused or resumed. */
export const LIVE_STATUSES: readonly ExchangeProgramStatus[] = ['draft', 'published', 'closed', 'allocated', 'in_progress'];

/** Each action, the statuses it may start from, and how the refusal names it. */
const TRANSITIONS = {
  publish: { from: ['draft'], verb: 'published' },
  openWindow: { from: ['published'], verb: 'opened for applications' },
  closeWindow: { from: ['published'], verb: 'closed' },
  allocate: { from: ['closed'], verb: 'allocated' },
  start: { from: ['allocated'], verb: 'started' },
  complete: { from: ['in_progress'], verb: 'completed' },
  cancel: { from: LIVE_STATUSES, verb: 'cancelled' },
  pause: { from: LIVE_STATUSES, verb: 'paused' },
  resume: { from: LIVE_STATUSES, verb: 'resumed' },
  // Dates and capacity change until the window closes; decision and offer dates until allocation.
  update: { from: ['draft', 'published', 'closed'], verb: 'changed' },
} as const satisfies Record<string, { from: readonly ExchangeProgramStatus[]; verb: string }>;

export type ProgramAction = keyof typeof TRANSITIONS;

/** The lifecycle `draft → published → closed → allocated → in_progress → completed`, `cancelled` before completion. */
export function canDo(status: ExchangeProgramStatus, action: ProgramAction): boolean {
  return (TRANSITIONS[action].from as readonly ExchangeProgramStatus[]).includes(status);
}

/** Refuses an action the status does not allow (409 EXCHANGE_PROGRAM.ILLEGAL_TRANSITION). */
export function assertCanDo(status: ExchangeProgramStatus, action: ProgramAction): void {
  if (!canDo(status, action)) throw ExchangeProgramErrors.illegalTransition(status, TRANSITIONS[action].verb);
}
