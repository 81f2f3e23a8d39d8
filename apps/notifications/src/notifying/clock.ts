/** The time, injectable so tests can set it (quiet hours, digests, reminders). */
export interface Clock {
  now(): Date;
}

export const NOTIFICATIONS_CLOCK = Symbol('NOTIFICATIONS_CLOCK');
export const systemClock: Clock = { now: () => new Date() };
