/** Injection token of the directory's clock (tests fix "now"). */
export const DIRECTORY_CLOCK = Symbol('directory:clock');
/** Returns a new Date each call: callers may change it. */
export type DirectoryClock = () => Date;
