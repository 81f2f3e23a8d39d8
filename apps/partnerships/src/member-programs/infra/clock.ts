/** Injection token of the clock good standing is computed with (tests may pin the date). */
export const CLOCK = Symbol('MEMBER_PROGRAMS_CLOCK');
export type Clock = () => Date;
