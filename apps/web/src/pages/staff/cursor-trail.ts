/**
 * The way back through a cursor-paged list. The API pages by opaque cursors that only
 * lead forward, so the console remembers the cursors of the pages it came through: the
 * current one lives in the URL (a page can be shared), the trail before it in memory.
 * `undefined` is the first page.
 */
export interface CursorTrail {
  /** Cursors of the pages before the current one, oldest first. */
  behind: Array<string | undefined>;
}

export const EMPTY_TRAIL: CursorTrail = { behind: [] };

/** Forward to the page of `next`, remembering the current page. */
export const forward = (trail: CursorTrail, current: string | undefined): CursorTrail => ({ behind: [...trail.behind, current] });

/**
 * Back one page: the last remembered cursor. A page opened from a shared URL has no trail,
 * so its "previous" is the first page.
 */
export function back(trail: CursorTrail): { trail: CursorTrail; cursor: string | undefined } {
  if (trail.behind.length === 0) return { trail, cursor: undefined };
  return { trail: { behind: trail.behind.slice(0, -1) }, cursor: trail.behind[trail.behind.length - 1] };
}
