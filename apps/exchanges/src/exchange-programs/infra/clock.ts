/** Injection token of the clock exchange programs read the time from (tests and the scheduler may pin it). */
export const EXCHANGES_CLOCK = Symbol('EXCHANGES_CLOCK');
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
