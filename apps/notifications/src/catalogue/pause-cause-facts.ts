import type { PauseCause } from '@scn/contracts';

/**
 * The reason the exchanges service wrote for the one pause it made before pauses had a
 * cause (issue #12): "partnership suspended: <reason>", or "… no reason given".
 */
const LEGACY_SUSPENSION_PREFIX = 'partnership suspended: ';
const LEGACY_NO_REASON = 'no reason given';

/** The facts a pause is told from: an `exchange-program.paused.v1` event's data, or a stored notification's facts. */
export interface PauseFacts {
  reason: string;
  cause?: PauseCause | undefined;
}

/**
 * Why a program was paused. Events and notifications from before causes existed carry only
 * that English reason: it is read here once, as the exchanges migration read the stored
 * pauses, so that no reader is shown it in English, whatever their language.
 */
export function pauseCauseOf(facts: PauseFacts): PauseCause {
  if (facts.cause) return facts.cause;
  if (facts.reason.startsWith(LEGACY_SUSPENSION_PREFIX)) {
    const note = facts.reason.slice(LEGACY_SUSPENSION_PREFIX.length);
    return { code: 'partnership-suspended', by: null, note: note === '' || note === LEGACY_NO_REASON ? null : note };
  }
  return { code: 'paused-by-manager', by: null, note: facts.reason || null };
}
