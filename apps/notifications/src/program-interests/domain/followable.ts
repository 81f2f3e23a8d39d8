/** Programs that are over: nobody starts following them. */
const OVER: ReadonlySet<string> = new Set(['cancelled', 'completed']);

/** Whether people may start following a program in this status. */
export function isFollowable(status: string): boolean {
  return !OVER.has(status);
}
